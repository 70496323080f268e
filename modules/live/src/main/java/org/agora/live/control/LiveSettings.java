package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The stream's limits, from MicroProfile Config (environment variables override). */
@ApplicationScoped
public class LiveSettings {

  /** Frames waiting per session before the client counts as too slow. */
  @Inject @ConfigProperty(name = "agora.live.queue", defaultValue = "1024") int queue;

  /** At most this many missed events are replayed; more, and the client is told to resync. */
  @Inject @ConfigProperty(name = "agora.live.replay-limit", defaultValue = "500") int replayLimit;

  @Inject @ConfigProperty(name = "agora.live.heartbeat-seconds", defaultValue = "25") int heartbeatSeconds;

  /** Longest client frame, in characters; longer ones get an error (far longer ones close with 1009). */
  @Inject @ConfigProperty(name = "agora.live.max-frame", defaultValue = "4096") int maxFrame;

  /** Bad frames a session may send before it is closed with 1008. */
  @Inject @ConfigProperty(name = "agora.live.max-bad-frames", defaultValue = "5") int maxBadFrames;

  public int queue() {
    return queue;
  }

  public int replayLimit() {
    return replayLimit;
  }

  public int heartbeatSeconds() {
    return heartbeatSeconds;
  }

  public int maxFrame() {
    return maxFrame;
  }

  public int maxBadFrames() {
    return maxBadFrames;
  }
}
