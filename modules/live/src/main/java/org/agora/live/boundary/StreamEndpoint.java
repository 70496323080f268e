package org.agora.live.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.live.control.ClientFrames;
import org.agora.live.control.Handshakes;
import org.agora.live.control.LiveSession;
import org.agora.live.control.LiveStreams;
import org.agora.live.control.Messages;
import org.agora.live.entity.CloseCodes;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The live stream, {@code /ws/v1/stream[?since=cursor]}: activity and notification frames the
 * caller may see, newest cursor last. Only parses and hands off; see docs/live.md for the protocol.
 */
@ServerEndpoint(value = "/ws/v1/stream", configurator = Handshakes.class)
public class StreamEndpoint {

  private static final Logger LOG = Logger.getLogger(StreamEndpoint.class.getName());

  /** "Never", as the WebSocket API reads any value below 1. */
  static final long NO_IDLE_TIMEOUT = -1;

  /** Frames far above the protocol's limit are cut off by the container with 1009. */
  static final int CONTAINER_FRAME_LIMIT = 64 * 1024;

  @Inject LiveStreams streams;
  @Inject ClientFrames frames;

  @OnOpen
  public void open(Session socket, EndpointConfig config) {
    // No container idle timeout: heartbeats and failed writes find dead clients. Negative, not 0:
    // Payara's Tyrus reschedules its idle timer on every frame sent or received unless the timeout
    // is negative, and that rescheduling dominated the cost of a broadcast (ContainerIdleTimerTest).
    socket.setMaxIdleTimeout(NO_IDLE_TIMEOUT);
    socket.setMaxTextMessageBufferSize(CONTAINER_FRAME_LIMIT);
    socket.setMaxBinaryMessageBufferSize(1024);
    Object principal = config.getUserProperties().get(Handshakes.PRINCIPAL);
    // The handshake's principal must be this socket's caller; anything else is refused.
    if (!(principal instanceof AgoraPrincipal caller)
        || socket.getUserPrincipal() == null
        || !caller.getName().equals(socket.getUserPrincipal().getName())) {
      close(socket, CloseCodes.POLICY, "authentication required");
      return;
    }
    Long since;
    try {
      since = sinceOf(socket);
    } catch (NumberFormatException e) {
      close(socket, CloseCodes.POLICY, "since must be a cursor");
      return;
    }
    streams.open(socket, caller, (Long) config.getUserProperties().get(Handshakes.TOKEN_ID), since);
  }

  @OnMessage
  public void text(Session socket, String text) {
    LiveSession session = streams.session(socket.getId());
    if (session != null) {
      frames.handle(session, text);
    }
  }

  @OnMessage
  public void binary(Session socket, ByteBuffer data) {
    LiveSession session = streams.session(socket.getId());
    if (session != null) {
      frames.handle(session, "binary");
    }
  }

  @OnClose
  public void closed(Session socket, CloseReason reason) {
    streams.closed(socket.getId());
  }

  @OnError
  public void failed(Session socket, Throwable error) {
    LOG.log(Level.FINE, "stream error", error);
    streams.closed(socket.getId());
  }

  private static Long sinceOf(Session socket) {
    List<String> since = socket.getRequestParameterMap().get("since");
    if (since == null || since.isEmpty() || since.get(0).isBlank()) {
      return null;
    }
    long cursor = Long.parseLong(since.get(0).strip());
    if (cursor < 0) {
      throw new NumberFormatException("negative");
    }
    return cursor;
  }

  private static void close(Session socket, int code, String phrase) {
    try {
      socket.getBasicRemote().sendText(Messages.error(0, "refused", phrase));
      socket.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), phrase));
    } catch (java.io.IOException e) {
      LOG.log(Level.FINE, "close failed", e);
    }
  }
}
