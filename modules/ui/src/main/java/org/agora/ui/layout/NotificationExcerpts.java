package org.agora.ui.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.entity.NotificationGroup;
import org.agora.events.boundary.Events;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.surveys.boundary.Surveys;

/**
 * What a notification line quotes under its summary, by what it is about: a post's opening words,
 * the title of the event an item stands for, or the title of the survey. Only what the reader may
 * see; the map is keyed by the group's id.
 */
@ApplicationScoped
public class NotificationExcerpts {

  static final int LENGTH = 90;

  @Inject Feeds feeds;
  @Inject Events events;
  @Inject Surveys surveys;

  Map<Long, String> of(AgoraPrincipal me, List<NotificationGroup> groups) {
    Map<Long, String> posts = new HashMap<>();
    try {
      posts.putAll(feeds.excerpts(me, groups.stream().map(NotificationGroup::activityId).filter(Objects::nonNull).distinct().toList(), LENGTH));
    } catch (RuntimeException e) {
      // the lines still lead to their posts
    }
    Map<String, Optional<String>> titles = new HashMap<>();
    Map<Long, String> quoted = new HashMap<>();
    for (NotificationGroup group : groups) {
      String ref = group.objectRef();
      Optional<String> title = ref == null ? Optional.empty()
          : ref.startsWith("event:") ? titles.computeIfAbsent(ref, r -> title(r, id -> events.get(me, id).title()))
          : ref.startsWith("survey:") ? titles.computeIfAbsent(ref, r -> title(r, id -> surveys.title(me, id)))
          : Optional.empty();
      String excerpt = title.orElse(group.activityId() == null ? null : posts.get(group.activityId()));
      if (excerpt != null) {
        quoted.put(group.id(), excerpt);
      }
    }
    return quoted;
  }

  /** The title of what {@code kind:<id>} names, if the reader may see it. */
  private static Optional<String> title(String ref, LongFunction<String> titleOf) {
    try {
      return Optional.ofNullable(titleOf.apply(Long.parseLong(ref.substring(ref.indexOf(':') + 1))));
    } catch (RuntimeException goneOrHidden) {
      // the line still leads to its page, which says what there is to know
      return Optional.empty();
    }
  }
}
