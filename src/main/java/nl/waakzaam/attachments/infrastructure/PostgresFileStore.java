package nl.waakzaam.attachments.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import javax.crypto.CipherOutputStream;
import javax.sql.DataSource;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.attachments.domain.FileTooLargeException;
import nl.waakzaam.attachments.domain.StagedFile;
import nl.waakzaam.shared.config.DataSourceName;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Randomness;

/**
 * Files in PostgreSQL, encrypted by {@link EnvelopeCipher} (ADR 0013). An upload is encrypted as it
 * comes in, into a staging file readable by this user only; the transaction that records it streams
 * the ciphertext into the database. Plain content is never written to disk.
 */
@ApplicationScoped
public class PostgresFileStore implements FileStore {

  @Resource(lookup = DataSourceName.WAAKZAAM)
  private DataSource dataSource;

  @Inject private Settings settings;

  @Inject private Clock clock;

  private EnvelopeCipher cipher;
  private Path staging;

  @PostConstruct
  void init() {
    cipher = new EnvelopeCipher(settings.secretKey(Setting.ATTACHMENT_MASTER_KEY));
    try {
      staging =
          Files.createTempDirectory(
              "waakzaam-uploads-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("No staging directory for uploads", e);
    }
  }

  /** Removes the staging directory; an upload still in it was not kept and is not wanted. */
  @PreDestroy
  void close() {
    try (java.util.stream.Stream<Path> files = Files.list(staging)) {
      files.forEach(PostgresFileStore::delete);
      Files.deleteIfExists(staging);
    } catch (IOException e) {
      // Already gone: nothing to remove.
    }
  }

  @Override
  public StagedFile stage(InputStream content, long maxBytes) {
    UUID id = Randomness.uuid();
    EnvelopeCipher.DataKey key = cipher.newDataKey();
    MessageDigest sha = sha256();
    Path file = null;
    long size = 0;
    try {
      file = Files.createTempFile(staging, "upload-", ".sealed");
      try (OutputStream out =
          new CipherOutputStream(Files.newOutputStream(file), cipher.encrypting(key, id))) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
          size += n;
          if (size > maxBytes) {
            throw new FileTooLargeException(maxBytes);
          }
          sha.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      return new Staged(id, key, file, size, sha.digest());
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("The upload could not be read to its end", e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  @Override
  public void keep(StagedFile staged) {
    Staged s = (Staged) staged;
    try (InputStream sealed = Files.newInputStream(s.file)) {
      insert(s.id, s.key, sealed, Files.size(s.file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public UUID keep(byte[] content) {
    UUID id = Randomness.uuid();
    EnvelopeCipher.DataKey key = cipher.newDataKey();
    byte[] sealed = cipher.encrypt(key, id, content);
    insert(id, key, new ByteArrayInputStream(sealed), sealed.length);
    return id;
  }

  @Override
  public byte[] read(UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select wrapped_key, nonce, ciphertext from attachment_blob where id = ?")) {
      select.setObject(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No stored file " + id);
        }
        return cipher.decrypt(id, rs.getBytes(1), rs.getBytes(2), rs.getBytes(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("A stored file could not be read", e);
    }
  }

  @Override
  public byte[] seal(UUID id, Derived what, byte[] plain) {
    return cipher.seal(id, wrappedKey(id), what.name(), plain);
  }

  @Override
  public byte[] open(UUID id, Derived what, byte[] sealed) {
    return cipher.open(id, wrappedKey(id), what.name(), sealed);
  }

  private byte[] wrappedKey(UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select wrapped_key from attachment_blob where id = ?")) {
      select.setObject(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No stored file " + id);
        }
        return rs.getBytes(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("A stored file's key could not be read", e);
    }
  }

  private void insert(UUID id, EnvelopeCipher.DataKey key, InputStream sealed, long length) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into attachment_blob (id, wrapped_key, nonce, ciphertext, created_at)"
                    + " values (?, ?, ?, ?, ?)")) {
      insert.setObject(1, id);
      insert.setBytes(2, key.wrapped());
      insert.setBytes(3, key.nonce());
      insert.setBinaryStream(4, sealed, length);
      insert.setTimestamp(5, Timestamp.from(clock.instant()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("A file could not be stored", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A staging file left behind is ciphertext whose key was never kept: unreadable.
      }
    }
  }

  /** An upload in its staging file; its key lives only here until the file is kept. */
  private static final class Staged implements StagedFile {
    private final UUID id;
    private final EnvelopeCipher.DataKey key;
    private final Path file;
    private final long size;
    private final byte[] sha256;

    Staged(UUID id, EnvelopeCipher.DataKey key, Path file, long size, byte[] sha256) {
      this.id = id;
      this.key = key;
      this.file = file;
      this.size = size;
      this.sha256 = sha256;
    }

    @Override
    public UUID id() {
      return id;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public byte[] sha256() {
      return sha256.clone();
    }

    @Override
    public void close() {
      delete(file);
    }
  }
}
