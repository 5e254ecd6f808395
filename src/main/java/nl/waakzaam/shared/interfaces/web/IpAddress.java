package nl.waakzaam.shared.interfaces.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address read from text that is only ever a literal: nothing here looks a name up. IPv4 in
 * IPv6 ({@code ::ffff:192.0.2.1}) is IPv4.
 */
record IpAddress(byte[] bytes) {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  static Optional<IpAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String literal = text.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    var ipv4 = IPV4.matcher(literal);
    if (ipv4.matches()) {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(ipv4.group(i + 1));
        if (part > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) part;
      }
      return Optional.of(new IpAddress(bytes));
    }
    // With a colon in it, InetAddress reads the text as an IPv6 literal and never as a name.
    if (!literal.contains(":") || !IPV6.matcher(literal).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new IpAddress(InetAddress.getByName(literal).getAddress()));
    } catch (UnknownHostException notALiteral) {
      return Optional.empty();
    }
  }

  boolean isIpv6() {
    return bytes.length == 16;
  }

  /** The address itself for IPv4; its /64 for IPv6, such as {@code 2001:db8:1:2:0:0:0:0/64}. */
  String network() {
    if (!isIpv6()) {
      return text(bytes);
    }
    byte[] prefix = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
    return text(prefix) + "/64";
  }

  private static String text(byte[] address) {
    try {
      return InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpAddress that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return text(bytes);
  }
}
