package org.agora.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request comes from, for limits that count per address. Behind a
 * reverse proxy every request comes from the proxy, so the proxies listed in
 * {@code agora.trusted-proxies} are looked through: the client is the right-most address of
 * {@code X-Forwarded-For} that is not a trusted proxy. From anyone else the header is ignored,
 * since a client can write whatever it likes there.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject @ConfigProperty(name = "agora.trusted-proxies") Optional<String> configured;

  private Set<String> trusted;

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
  }

  static String of(String remote, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || !trusted.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop;
      }
    }
    return remote;
  }

  private Set<String> trusted() {
    if (trusted == null) {
      trusted = Arrays.stream(configured.orElse("").split(",")).map(String::strip).filter(a -> !a.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
    }
    return trusted;
  }
}
