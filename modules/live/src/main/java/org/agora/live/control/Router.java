package org.agora.live.control;

import org.agora.live.boundary.LiveListeners;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.live.entity.BusEvent;

/**
 * Hands each event from the bus to the sessions of this node that may see it, on one managed
 * thread, in the order the bus delivered them. The frame is encoded once per event; putting it on
 * a session's queue never blocks, so a slow client does not hold up the others.
 */
@ApplicationScoped
public class Router {

  private static final Logger LOG = Logger.getLogger(Router.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;
  @Inject Sessions sessions;
  @Inject Audiences audiences;
  @Inject LiveListeners listeners;

  private final BlockingQueue<BusEvent> inbox = new LinkedBlockingQueue<>();
  private volatile Thread worker;

  /** Called from the bus listener's thread: only queues, so the bus is never held up. */
  public void accept(BusEvent event) {
    inbox.add(event);
  }

  /** Called at start-up, on a thread of the application (the bus's threads are not). */
  public synchronized void start() {
    if (worker == null) {
      worker = threads.newThread(this::run);
      worker.setName("agora-live-router");
      worker.setDaemon(true);
      worker.start();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (worker != null) {
      worker.interrupt();
      worker = null;
    }
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        route(inbox.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        // The database may be away for a moment; clients catch up with since when they reconnect.
        LOG.log(Level.WARNING, "live event not routed", e);
      }
    }
  }

  void route(BusEvent event) {
    if (BusEvent.CLOSE.equals(event.kind())) {
      sessions.closeFor(event.personId(), event.tokenId());
      return;
    }
    RoutedEvent routed = new RoutedEvent();
    routed.begin();
    long routing = System.currentTimeMillis();
    listeners.publish(event);
    List<LiveSession> receivers = audiences.of(event, sessions.all());
    if (receivers.isEmpty()) {
      return;
    }
    String frame = Messages.frame(event);
    for (LiveSession session : receivers) {
      session.deliver(event.cursor(), frame);
    }
    if (routed.shouldCommit()) {
      routed.cursor = event.cursor();
      routed.receivers = receivers.size();
      routed.commitToRouting = routing - event.committedAt();
      routed.commitToHandedOver = System.currentTimeMillis() - event.committedAt();
      routed.commit();
    }
  }
}
