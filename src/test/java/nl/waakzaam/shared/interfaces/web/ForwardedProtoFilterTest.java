package nl.waakzaam.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForwardedProtoFilterTest {

  private final ForwardedProtoFilter filter =
      new ForwardedProtoFilter(new ClientAddresses("10.0.0.0/8"));

  /** A plain-http request from {@code remote} with {@code headers}. */
  private static HttpServletRequest request(String remote, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> remote;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "isSecure" -> false;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void theTrustedProxySaysHowTheBrowserCameIn() {
    assertTrue(filter.cameOverHttps(request("10.1.2.3", Map.of("X-Forwarded-Proto", "https"))));
    assertTrue(
        filter.cameOverHttps(request("10.1.2.3", Map.of("X-Forwarded-Proto", "HTTPS, http"))));
    assertFalse(filter.cameOverHttps(request("10.1.2.3", Map.of("X-Forwarded-Proto", "http"))));
    assertFalse(filter.cameOverHttps(request("10.1.2.3", Map.of())));
  }

  @Test
  void anyoneElseIsNotBelieved() {
    assertFalse(
        filter.cameOverHttps(request("192.0.2.7", Map.of("X-Forwarded-Proto", "https"))),
        "a client that is no proxy cannot make its plain http count as https");
  }
}
