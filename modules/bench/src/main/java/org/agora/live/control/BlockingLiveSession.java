package org.agora.live.control;

import jakarta.websocket.Session;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The live benchmark's baseline session: every frame is a blocking send on the caller's thread, so
 * a broadcast writes to its receivers one after another, with no queue of its own per session.
 * Never deployed in production: the benchmark adds it to a copy of the bundle ({@code VariantWar}).
 */
final class BlockingLiveSession extends LiveSession {

  private static final Logger LOG = Logger.getLogger(BlockingLiveSession.class.getName());

  private final Session socket;

  BlockingLiveSession(Session socket, AgoraPrincipal principal, Long tokenId, long since, int capacity) {
    super(socket, principal, tokenId, since, capacity);
    this.socket = socket;
  }

  @Override
  public void send(String text) {
    try {
      synchronized (socket) {
        if (socket.isOpen()) {
          socket.getBasicRemote().sendText(text);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "blocking send failed", e);
    }
  }
}
