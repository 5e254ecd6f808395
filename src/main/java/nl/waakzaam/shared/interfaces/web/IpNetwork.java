package nl.waakzaam.shared.interfaces.web;

import java.util.Arrays;
import java.util.List;

/**
 * A range of addresses, {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is its own range.
 */
record IpNetwork(IpAddress base, int prefixLength) {

  /** Reads a comma-separated list; a malformed entry stops the application from starting. */
  static List<IpNetwork> parseList(String text) {
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(IpNetwork::parse)
        .toList();
  }

  static IpNetwork parse(String text) {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    IpAddress base =
        IpAddress.parse(address)
            .orElseThrow(() -> new IllegalArgumentException("Not an IP address: " + text));
    int max = base.bytes().length * 8;
    int length;
    try {
      length = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a prefix length: " + text, e);
    }
    if (length < 0 || length > max) {
      throw new IllegalArgumentException("Not a prefix length: " + text);
    }
    return new IpNetwork(base, length);
  }

  boolean contains(IpAddress address) {
    byte[] a = address.bytes();
    byte[] b = base.bytes();
    if (a.length != b.length) {
      return false;
    }
    int full = prefixLength / 8;
    for (int i = 0; i < full; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (a[full] & mask) == (b[full] & mask);
  }
}
