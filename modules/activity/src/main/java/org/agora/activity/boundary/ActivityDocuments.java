package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.activity.control.ActivityStreams;
import org.agora.activity.control.ActivityViews;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.Activity;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * One activity as a standalone Activity Streams 2.0 document, for readers outside Agora (webhooks).
 * Answers empty rather than 404 when the reader may not read it, so callers in a background
 * transaction are not rolled back by an exception.
 */
@ApplicationScoped
@Transactional
public class ActivityDocuments {

  @PersistenceContext EntityManager em;
  @Inject ActivityViews views;
  @Inject Audience audience;

  public Optional<Map<String, Object>> activity(AgoraPrincipal reader, long id, URI base) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null || !audience.canRead(reader, activity)) {
      return Optional.empty();
    }
    return views.items(List.of(id), reader).stream()
        .findFirst()
        .map(item -> {
          Map<String, Object> document = new LinkedHashMap<>();
          document.put("@context", ActivityStreams.CONTEXT);
          document.putAll(ActivityStreams.activity(item, base));
          return document;
        });
  }
}
