package nl.waakzaam.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets of a development installation, generated on first use and kept (readable by the owner
 * only) so that receipt codes stay valid and stored files readable from one run to the next. Never
 * used in production, where secrets come from the operator's environment.
 */
public final class DevSecrets {

  public static final String RECEIPT_SECRET = "WAAKZAAM_RECEIPT_SECRET";
  public static final String ATTACHMENT_MASTER_KEY = "WAAKZAAM_ATTACHMENT_MASTER_KEY";
  public static final String AUDIT_KEY = "WAAKZAAM_AUDIT_KEY";
  public static final String KEYCLOAK_ADMIN_PASSWORD = "KEYCLOAK_ADMIN_PASSWORD";

  private DevSecrets() {}

  public static Properties loadOrCreate(Path file) {
    Properties secrets = new Properties();
    try {
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file)) {
          secrets.load(in);
        }
      }
      if (secrets.getProperty(RECEIPT_SECRET) == null
          || secrets.getProperty(ATTACHMENT_MASTER_KEY) == null
          || secrets.getProperty(AUDIT_KEY) == null
          || secrets.getProperty(KEYCLOAK_ADMIN_PASSWORD) == null) {
        secrets.putIfAbsent(RECEIPT_SECRET, randomKey());
        secrets.putIfAbsent(ATTACHMENT_MASTER_KEY, randomKey());
        secrets.putIfAbsent(AUDIT_KEY, randomKey());
        secrets.putIfAbsent(KEYCLOAK_ADMIN_PASSWORD, randomKey().substring(0, 20));
        store(file, secrets);
      }
      return secrets;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep development secrets in " + file, e);
    }
  }

  /**
   * The secret of the confidential client {@code clientId} (a demo association), made and kept on
   * first use like the others.
   */
  public static String clientSecret(Path file, Properties secrets, String clientId) {
    String name = "CLIENT_SECRET_" + clientId;
    if (secrets.getProperty(name) == null) {
      secrets.setProperty(name, randomKey().substring(0, 32).replace('/', '_').replace('+', '-'));
      try {
        store(file, secrets);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot keep development secrets in " + file, e);
      }
    }
    return secrets.getProperty(name);
  }

  private static void store(Path file, Properties secrets) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file)) {
      secrets.store(out, "Waakzaam development secrets: never use these in production");
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }

  /** 32 random bytes in Base64: the form {@code waakzaam.receipt.secret} asks for. */
  public static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
