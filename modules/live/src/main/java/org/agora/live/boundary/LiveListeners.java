package org.agora.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.live.entity.BusEvent;

/**
 * Live events for listeners inside this node, next to the WebSocket sessions: the web UI's views
 * (through Vaadin Push) hear about new activity and notifications here. Listeners run on the live
 * router's thread and must only hand the event on (Vaadin's {@code UI.access}), never block.
 * Each listener decides itself whether its person may see what the event is about.
 */
@ApplicationScoped
public class LiveListeners {

  private static final Logger LOG = Logger.getLogger(LiveListeners.class.getName());

  private final Set<Consumer<BusEvent>> listeners = ConcurrentHashMap.newKeySet();

  /** Registers a listener; run the answer to unregister (when the view detaches). */
  public Runnable register(Consumer<BusEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void publish(BusEvent event) {
    for (Consumer<BusEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a live listener failed; the others still hear the event", e);
      }
    }
  }
}
