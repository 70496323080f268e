package org.agora.bookmarks.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Agora's server may go when it visits a saved link, and how far. Links are user input, so
 * a visit must never become a way into the server's own network: only http and https, never
 * loopback, link-local (cloud metadata lives there), wildcard or multicast addresses, private
 * networks only when configured, and hosts on the deny list never. A host on the allow list is
 * trusted as named (an intranet wiki on a private address, say); with {@code onlyAllowedHosts},
 * nothing else is visited at all.
 *
 * <p>The check resolves the name before the request; a DNS answer that changes between the check
 * and the connection (rebinding) is not caught here: docs/bookmarks.md tells operators to put the
 * server behind an egress proxy where that matters.
 */
public record FetchPolicy(
    List<String> allowHosts,
    List<String> denyHosts,
    boolean onlyAllowedHosts,
    boolean allowPrivateNetworks,
    Duration timeout,
    int maxBytes,
    int maxRedirects) {

  public static FetchPolicy defaults() {
    return new FetchPolicy(List.of(), List.of(), false, false, Duration.ofSeconds(5), 512 * 1024, 3);
  }

  /** Why the address may not be visited, or empty when it may. */
  public Optional<String> refusal(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("only http and https are visited");
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()) {
      return Optional.of("no host");
    }
    if (matches(denyHosts, host)) {
      return Optional.of("host " + host + " is on the deny list");
    }
    if (matches(allowHosts, host)) {
      return Optional.empty();
    }
    if (onlyAllowedHosts) {
      return Optional.of("host " + host + " is not on the allow list");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + host);
    }
    for (InetAddress address : addresses) {
      if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
          || address.isMulticastAddress()) {
        return Optional.of("host " + host + " is a loopback, link-local or local address");
      }
      if (!allowPrivateNetworks && (address.isSiteLocalAddress() || isUniqueLocal(address))) {
        return Optional.of("host " + host + " is on a private network");
      }
    }
    return Optional.empty();
  }

  /** {@code example.com} matches itself; {@code *.example.com} matches its subdomains. */
  static boolean matches(List<String> patterns, String host) {
    for (String raw : patterns) {
      String pattern = raw.strip().toLowerCase(Locale.ROOT);
      if (pattern.isEmpty()) {
        continue;
      }
      if (pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
        return true;
      }
    }
    return false;
  }

  /** IPv6 unique local addresses (fc00::/7), which Java does not call site-local. */
  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}
