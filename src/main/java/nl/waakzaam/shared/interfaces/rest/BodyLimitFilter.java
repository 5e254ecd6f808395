package nl.waakzaam.shared.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Caps the request body before it is read: a declared length over the cap is refused at once (413),
 * and a body without a declared length is cut off as soon as it passes the cap. The cap is the
 * API's, unless the resource method names its own with {@link BodyLimit}. It runs once the method
 * is known and before anything reads the body.
 */
@Provider
public class BodyLimitFilter implements ContainerRequestFilter {

  @Inject private Settings settings;

  @Context private HttpHeaders headers;

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limit(resource.getResourceMethod());
    if (request.getLength() > limit) {
      request.abortWith(
          Problem.of(413, "body-too-large", Languages.preferred(headers), Map.of("limit", limit))
              .toResponse());
      return;
    }
    request.setEntityStream(new CappedStream(request.getEntityStream(), limit));
  }

  private long limit(Method method) {
    BodyLimit own = method == null ? null : method.getAnnotation(BodyLimit.class);
    return own == null
        ? settings.positiveInteger(Setting.API_MAX_BODY_BYTES)
        : settings.positiveInteger(own.value()) + own.envelope();
  }

  /** Counts what is read and fails past the cap. */
  static final class CappedStream extends FilterInputStream {

    private final long limit;
    private long read;

    CappedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
  }
}
