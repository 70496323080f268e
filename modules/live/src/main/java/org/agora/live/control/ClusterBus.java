package org.agora.live.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.agora.live.entity.BusEvent;
import org.agora.platform.boundary.JsonbConfigurator;

/**
 * Carries committed events to every node: a Hazelcast topic of Payara Micro's own data grid,
 * delivered to every member including the publisher, in publishing order per member. Messages
 * are JSON strings, so no node needs the others' classes. Without a cluster (Payara's
 * {@code --nocluster}) events go straight to this node's router.
 */
@ApplicationScoped
public class ClusterBus {

  static final String TOPIC = "agora.live";
  private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());

  @Inject Router router;
  @Inject Heartbeats heartbeats;

  private ITopic<String> topic;
  private UUID listener;

  /** Every node listens from start-up on, whether or not it ever publishes. */
  void boot(@Observes @Initialized(ApplicationScoped.class) Object application) {
    heartbeats.start();
  }

  @PostConstruct
  void connect() {
    router.start();
    try {
      Object found = new InitialContext().lookup("payara/Hazelcast");
      if (found instanceof HazelcastInstance hazelcast && hazelcast.getLifecycleService().isRunning()) {
        topic = hazelcast.getTopic(TOPIC);
        listener = topic.addMessageListener(message -> router.accept(decode(message.getMessageObject())));
        LOG.info("live events travel on the Hazelcast topic " + TOPIC);
        return;
      }
    } catch (NamingException | RuntimeException e) {
      LOG.log(Level.FINE, "no Hazelcast", e);
    }
    LOG.info("no cluster: live events stay on this node");
  }

  @PreDestroy
  void disconnect() {
    if (topic != null && listener != null) {
      try {
        topic.removeMessageListener(listener);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "listener not removed", e);
      }
    }
  }

  public void publish(BusEvent event) {
    if (topic == null) {
      router.accept(event);
      return;
    }
    try {
      topic.publish(JsonbConfigurator.jsonb().toJson(event));
    } catch (RuntimeException e) {
      // Best effort: the event is in the outbox, and clients catch up from there with since.
      LOG.log(Level.WARNING, "live event not published; falling back to this node", e);
      router.accept(event);
    }
  }

  static BusEvent decode(String json) {
    return JsonbConfigurator.jsonb().fromJson(json, BusEvent.class);
  }
}
