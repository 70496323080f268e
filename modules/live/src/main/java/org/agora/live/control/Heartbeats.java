package org.agora.live.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Every ~25 s each stream gets a heartbeat, so proxies keep it open and clients notice a dead one.
 * The streams are spread over the period: each second beats one slot of them (by their id), so
 * 10,000 open streams cost 400 small frames a second, not a burst of 10,000 every 25 s that an
 * announcement to all of them would queue behind (docs/live.md, performance).
 */
@ApplicationScoped
public class Heartbeats {

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;
  @Inject Sessions sessions;
  @Inject LiveSettings settings;

  private ScheduledFuture<?> beating;
  /** Seconds since the start; only the scheduler's one running beat touches it. */
  private long tick;

  public synchronized void start() {
    if (beating == null) {
      beating = scheduler.scheduleAtFixedRate(this::beat, 1, 1, TimeUnit.SECONDS);
    }
  }

  void beat() {
    int period = Math.max(1, settings.heartbeatSeconds());
    int slot = (int) (tick++ % period);
    for (LiveSession session : sessions.all()) {
      if (slotOf(session.id(), period) == slot) {
        session.send(Messages.heartbeat(session.cursor()));
      }
    }
  }

  /** The second of the period in which this stream's heartbeat is due. */
  static int slotOf(String sessionId, int period) {
    return Math.floorMod(sessionId.hashCode(), period);
  }

  @PreDestroy
  synchronized void stop() {
    if (beating != null) {
      beating.cancel(false);
    }
  }
}
