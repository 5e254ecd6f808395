package nl.waakzaam.shared.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.waakzaam.shared.config.ConfigurationException;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Who is asking, as far as limits are concerned: the network a request comes from. That is the
 * connection's address, unless the connection comes from a trusted proxy ({@code
 * waakzaam.trusted-proxies}); then it is the last address in {@code X-Forwarded-For} that no
 * trusted proxy holds, the one the outermost trusted proxy saw. What a client writes into {@code
 * X-Forwarded-For} itself is to the left of that and never read. An IPv6 client is counted by its
 * /64, the network one household or device gets.
 *
 * <p>The result is for counting only: it is hashed before it is kept, and never kept with a signal.
 */
@ApplicationScoped
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  @Inject private Settings settings;

  private List<IpNetwork> trusted = List.of();

  protected ClientAddresses() {}

  /** For tests: trusting {@code proxies}, written as the setting is. */
  public ClientAddresses(String proxies) {
    trusted = IpNetwork.parseList(proxies);
  }

  @PostConstruct
  void readTrustedProxies() {
    try {
      trusted = IpNetwork.parseList(settings.text(Setting.TRUSTED_PROXIES));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(Setting.TRUSTED_PROXIES, e.getMessage());
    }
  }

  /** Read at deployment, so that a malformed list stops it rather than a request. */
  void atStartup(@Observes Startup startup) {
    trusted.size();
  }

  /** The network to count {@code request} by, as text such as {@code 2001:db8:1:2:0:0:0:0/64}. */
  public String networkOf(HttpServletRequest request) {
    return networkOf(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
  }

  String networkOf(String remoteAddress, List<String> forwardedFor) {
    IpAddress peer = IpAddress.parse(remoteAddress).orElse(null);
    if (peer == null) {
      return String.valueOf(remoteAddress);
    }
    IpAddress client = peer;
    if (isTrusted(peer)) {
      List<String> hops = new ArrayList<>();
      for (String header : forwardedFor) {
        for (String hop : header.split(",")) {
          hops.add(hop.strip());
        }
      }
      for (int i = hops.size() - 1; i >= 0; i--) {
        IpAddress hop = IpAddress.parse(hops.get(i)).orElse(null);
        if (hop == null) {
          // A broken chain: count by the last address known to be true.
          break;
        }
        client = hop;
        if (!isTrusted(hop)) {
          break;
        }
      }
    }
    return client.network();
  }

  /** Whether {@code request}'s connection comes from a trusted proxy. */
  public boolean fromTrustedProxy(HttpServletRequest request) {
    return IpAddress.parse(request.getRemoteAddr()).map(this::isTrusted).orElse(false);
  }

  private boolean isTrusted(IpAddress address) {
    return trusted.stream().anyMatch(n -> n.contains(address));
  }
}
