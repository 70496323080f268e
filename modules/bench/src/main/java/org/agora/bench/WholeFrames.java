package org.agora.bench;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;

/**
 * A benchmark client's listener that hands on whole text frames with the time the last part
 * arrived (epoch milliseconds), and asks for the next frame after each part.
 */
abstract class WholeFrames implements WebSocket.Listener {

  private final StringBuilder partial = new StringBuilder();

  /** One whole frame; called on the client's thread, one frame at a time. */
  abstract void frame(String frame, long receivedAt);

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    long now = System.currentTimeMillis();
    partial.append(data);
    if (last) {
      String frame = partial.toString();
      partial.setLength(0);
      frame(frame, now);
    }
    ws.request(1);
    return null;
  }
}
