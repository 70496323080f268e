package org.agora.live.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.live.entity.BusEvent;

/**
 * Live events for listeners inside this node, next to the WebSocket sessions: the web UI's views
 * (through Vaadin Push) hear about new activity and notifications here. Each listener is called
 * on the application's managed executor, not on the live router's thread: a view's answer to an
 * event reads the database (and {@code UI.access} runs its command at once when the session is
 * free), and with dozens of open views that work held up every WebSocket client behind it.
 * Each listener decides itself whether its person may see what the event is about.
 */
@ApplicationScoped
public class LiveListeners {

  private static final Logger LOG = Logger.getLogger(LiveListeners.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final Set<Consumer<BusEvent>> listeners = ConcurrentHashMap.newKeySet();

  /** Registers a listener; run the answer to unregister (when the view detaches). */
  public Runnable register(Consumer<BusEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void publish(BusEvent event) {
    for (Consumer<BusEvent> listener : listeners) {
      try {
        executor.execute(() -> hear(listener, event));
      } catch (RejectedExecutionException shuttingDown) {
        LOG.log(Level.FINE, "live event not handed to a listener", shuttingDown);
      }
    }
  }

  private static void hear(Consumer<BusEvent> listener, BusEvent event) {
    try {
      listener.accept(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a live listener failed; the others still hear the event", e);
    }
  }
}
