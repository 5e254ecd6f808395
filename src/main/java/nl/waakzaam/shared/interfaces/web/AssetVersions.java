package nl.waakzaam.shared.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of each static file: the start of the SHA-256 of its content. A page names a file
 * with its version ({@code /assets/waakzaam.css?v=3f9a…}); asked for with the version it has, the
 * file may be kept by the browser for a year ({@code immutable}), since a changed file has another
 * address. Read once per file.
 */
@ApplicationScoped
public class AssetVersions {

  static final String PARAMETER = "v";

  private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

  @Inject private ServletContext context;

  /** The version of the file at {@code /assets/<path>}; empty when there is no such file. */
  public Optional<String> of(String path) {
    return versions.computeIfAbsent(path, this::read);
  }

  private Optional<String> read(String path) {
    if (path.contains("..")) {
      return Optional.empty();
    }
    try (InputStream in = context.getResourceAsStream("/assets/" + path)) {
      if (in == null) {
        return Optional.empty();
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[16_384];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return Optional.of(HexFormat.of().formatHex(sha.digest()).substring(0, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
