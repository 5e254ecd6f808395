package nl.waakzaam.associations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.org/hook",
        "ftp://example.org/hook",
        "https://10.0.0.1/hook",
        "https://172.16.5.4/hook",
        "https://192.168.1.1/hook",
        "https://100.64.0.1/hook",
        "https://169.254.169.254/latest",
        "https://0.0.0.0/hook",
        "https://[fd12::1]/hook",
        "https://[fe80::1]/hook",
        "https://[::1]/hook",
        "https://127.0.0.1/hook",
        "https://localhost/hook",
        "https://user:pw@example.org/hook",
        "https://example.org/hook#part",
        "not a url",
        ""
      })
  void refusesWhatIsNotHttpsOnThePublicInternet(String url) {
    assertThrows(WebhookTargetRefusedException.class, () -> WebhookTarget.parse(url, false));
  }

  @Test
  void acceptsHttpsAndLoopbackOnlyWhereAllowed() {
    assertEquals(
        "https://hooks.example.org/waakzaam",
        WebhookTarget.parse("https://hooks.example.org/waakzaam", false).uri().toString());
    assertEquals(
        "https://93.184.215.14/hook",
        WebhookTarget.parse("https://93.184.215.14/hook", false).uri().toString());
    assertEquals(
        "http://127.0.0.1:9000/hook",
        WebhookTarget.parse("http://127.0.0.1:9000/hook", true).uri().toString());
    assertThrows(
        WebhookTargetRefusedException.class,
        () -> WebhookTarget.parse("http://127.0.0.1:9000/hook", false));
    assertThrows(
        WebhookTargetRefusedException.class,
        () -> WebhookTarget.parse("http://example.org/hook", true));
  }

  @Test
  void anAddressANameResolvesToIsRefusedWhenInternal() throws Exception {
    assertTrue(WebhookTarget.refuses(InetAddress.getByName("10.1.2.3"), true));
    assertTrue(WebhookTarget.refuses(InetAddress.getByName("127.0.0.1"), false));
    assertFalse(WebhookTarget.refuses(InetAddress.getByName("127.0.0.1"), true));
    assertFalse(WebhookTarget.refuses(InetAddress.getByName("93.184.215.14"), false));
  }
}
