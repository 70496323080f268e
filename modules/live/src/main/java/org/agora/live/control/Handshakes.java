package org.agora.live.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.people.boundary.AccessTokens;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Remembers, for the connection being opened, who authenticated the handshake (the container
 * already refused anonymous and revoked callers: {@code /ws/*} is protected in web.xml) and
 * which personal access token they used, so that revoking it can close the stream.
 */
public class Handshakes extends ServerEndpointConfig.Configurator {

  public static final String PRINCIPAL = "agora.live.principal";
  public static final String TOKEN_ID = "agora.live.tokenId";

  @Override
  public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    Map<String, Object> properties = config.getUserProperties();
    properties.remove(PRINCIPAL);
    properties.remove(TOKEN_ID);
    principal(request).ifPresent(p -> properties.put(PRINCIPAL, p));
    token(request)
        .flatMap(secret -> CDI.current().select(AccessTokens.class).get().idOf(secret))
        .ifPresent(id -> properties.put(TOKEN_ID, id));
  }

  private static Optional<AgoraPrincipal> principal(HandshakeRequest request) {
    if (request.getUserPrincipal() instanceof AgoraPrincipal p) {
      return Optional.of(p);
    }
    return CDI.current().select(SecurityContext.class).get()
        .getPrincipalsByType(AgoraPrincipal.class).stream().findFirst();
  }

  private static Optional<String> token(HandshakeRequest request) {
    List<String> authorization = request.getHeaders().get("Authorization");
    if (authorization != null && !authorization.isEmpty()
        && authorization.get(0).regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(authorization.get(0).substring(7).strip());
    }
    List<String> query = request.getParameterMap().get("access_token");
    return query == null || query.isEmpty() ? Optional.empty() : Optional.of(query.get(0));
  }
}
