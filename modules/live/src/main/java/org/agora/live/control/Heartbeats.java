package org.agora.live.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Every ~25 s each stream gets a heartbeat, so proxies keep it open and clients notice a dead one. */
@ApplicationScoped
public class Heartbeats {

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;
  @Inject Sessions sessions;
  @Inject LiveSettings settings;

  private ScheduledFuture<?> beating;

  public synchronized void start() {
    if (beating == null) {
      int period = settings.heartbeatSeconds();
      beating = scheduler.scheduleAtFixedRate(this::beat, period, period, TimeUnit.SECONDS);
    }
  }

  void beat() {
    for (LiveSession session : sessions.all()) {
      session.send(Messages.heartbeat(session.cursor()));
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (beating != null) {
      beating.cancel(false);
    }
  }
}
