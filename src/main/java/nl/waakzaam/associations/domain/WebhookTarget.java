package nl.waakzaam.associations.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an association's webhooks go: an HTTPS address on the public internet. Plain HTTP and
 * loopback addresses only where configured for development and tests; addresses in private,
 * link-local or otherwise internal ranges never, so that a webhook cannot be pointed at the
 * platform's own network.
 */
public record WebhookTarget(URI uri) {

  public static final int MAX_LENGTH = 2000;

  /**
   * @throws WebhookTargetRefusedException when the address may not receive webhooks
   */
  public static WebhookTarget parse(String text, boolean loopbackAllowed) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      throw new WebhookTargetRefusedException();
    }
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new WebhookTargetRefusedException();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getUserInfo() != null || uri.getFragment() != null) {
      throw new WebhookTargetRefusedException();
    }
    boolean loopback = isLoopbackName(host);
    if (loopback && !loopbackAllowed) {
      throw new WebhookTargetRefusedException();
    }
    if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
      throw new WebhookTargetRefusedException();
    }
    if (!loopback && isLiteral(host) && isInternal(literal(host))) {
      throw new WebhookTargetRefusedException();
    }
    return new WebhookTarget(uri);
  }

  /** Whether {@code address} is one a webhook may not reach (loopback only where allowed). */
  public static boolean refuses(InetAddress address, boolean loopbackAllowed) {
    return address.isLoopbackAddress() ? !loopbackAllowed : isInternal(address);
  }

  private static boolean isInternal(InetAddress a) {
    byte[] b = a.getAddress();
    boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
    boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    return a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()
        || uniqueLocalV6
        || sharedV4;
  }

  private static boolean isLoopbackName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    return isLiteral(h) && literal(h).isLoopbackAddress();
  }

  private static boolean isLiteral(String host) {
    return host.startsWith("[") || host.matches("[0-9.]+");
  }

  /** An address literal, never a lookup of a name. */
  private static InetAddress literal(String host) {
    try {
      return InetAddress.getByName(host.replace("[", "").replace("]", ""));
    } catch (java.net.UnknownHostException e) {
      throw new WebhookTargetRefusedException();
    }
  }
}
