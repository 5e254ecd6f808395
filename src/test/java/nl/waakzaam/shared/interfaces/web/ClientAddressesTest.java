package nl.waakzaam.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses behindProxies =
      new ClientAddresses("127.0.0.1, 10.0.0.0/8, fd00::/8");
  private final ClientAddresses direct = new ClientAddresses("");

  @Test
  void withoutATrustedProxyTheConnectionCountsAndXForwardedForIsNeverRead() {
    assertEquals("192.0.2.7", direct.networkOf("192.0.2.7", List.of("198.51.100.1")));
    assertEquals(
        "192.0.2.7",
        behindProxies.networkOf("192.0.2.7", List.of("198.51.100.1")),
        "a client that is no proxy cannot name another address");
  }

  @Test
  void fromATrustedProxyTheAddressItSawCountsNotWhatTheClientWrote() {
    assertEquals("203.0.113.9", behindProxies.networkOf("127.0.0.1", List.of("203.0.113.9")));
    assertEquals(
        "203.0.113.9",
        behindProxies.networkOf("127.0.0.1", List.of("198.51.100.1, 203.0.113.9")),
        "the client's own X-Forwarded-For is to the left of what the proxy appended");
    assertEquals(
        "203.0.113.9",
        behindProxies.networkOf("10.1.2.3", List.of("198.51.100.1", "203.0.113.9, 10.9.9.9")),
        "a chain of trusted proxies, in two header lines");
  }

  @Test
  void aBrokenChainCountsByTheLastAddressKnownToBeTrue() {
    assertEquals("10.9.9.9", behindProxies.networkOf("127.0.0.1", List.of("unknown, 10.9.9.9")));
    assertEquals("127.0.0.1", behindProxies.networkOf("127.0.0.1", List.of("evil.example")));
    assertEquals("127.0.0.1", behindProxies.networkOf("127.0.0.1", List.of()));
    assertEquals("127.0.0.1", behindProxies.networkOf("127.0.0.1", List.of("300.1.2.3")));
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64() {
    String one = direct.networkOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd", List.of());
    String same = direct.networkOf("2001:db8:1:2::1", List.of());
    String other = direct.networkOf("2001:db8:1:3::1", List.of());

    assertEquals("2001:db8:1:2:0:0:0:0/64", one);
    assertEquals(one, same);
    assertTrue(!one.equals(other));
    assertEquals(
        "2001:db8:1:2:0:0:0:0/64",
        behindProxies.networkOf("fd12::1", List.of("[2001:db8:1:2::99]")));
  }

  @Test
  void ipv4InIpv6IsIpv4() {
    assertEquals("192.0.2.7", direct.networkOf("::ffff:192.0.2.7", List.of()));
  }

  @Test
  void aMalformedTrustedProxyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("proxy.example"));
    assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("10.0.0/8"));
  }
}
