package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.activity.boundary.Readers;
import org.agora.live.entity.BusEvent;

/**
 * Which of a group of sessions receive an event: the live twin of the feeds' rules, decided with
 * a few set queries per event whatever the number of sessions. An activity goes to whoever has
 * its post in their home timeline (the feeds' push rule), its actor, and those who subscribed to
 * its community, actor or tags, and then only to those who may read it; a notification only to
 * its recipient; an announcement to its audience. Used for live events (all sessions of the node)
 * and for replay (one session).
 */
@ApplicationScoped
public class Audiences {

  @Inject Readers readers;

  public List<LiveSession> of(BusEvent event, Collection<LiveSession> sessions) {
    if (sessions.isEmpty()) {
      return List.of();
    }
    return switch (event.kind()) {
      case BusEvent.NOTIFICATION ->
          sessions.stream().filter(s -> s.personId() == event.recipientId()).toList();
      case BusEvent.ACTIVITY -> ofActivity(event, sessions);
      case BusEvent.ANNOUNCEMENT -> ofAnnouncement(event, sessions);
      default -> List.of();
    };
  }

  /**
   * A company-wide announcement goes to every session at once, without a query; a community's to
   * its members (one set query for all sessions of the node) and admins.
   */
  private List<LiveSession> ofAnnouncement(BusEvent event, Collection<LiveSession> sessions) {
    if (event.communityId() == null) {
      return List.copyOf(sessions);
    }
    Set<Long> people = new HashSet<>();
    sessions.forEach(s -> people.add(s.personId()));
    Set<Long> members = readers.members(event.communityId(), people);
    return sessions.stream().filter(s -> s.principal().admin() || members.contains(s.personId())).toList();
  }

  private List<LiveSession> ofActivity(BusEvent event, Collection<LiveSession> sessions) {
    Optional<Readers.Item> found = readers.item(event.activityId());
    if (found.isEmpty()) {
      return List.of();
    }
    Readers.Item item = found.get();
    if (item.deleted() && !"deleted".equals(event.change())) {
      return List.of();
    }
    Set<Long> people = new HashSet<>();
    sessions.forEach(s -> people.add(s.personId()));
    Set<Long> timeline = readers.inHomeTimelines(item.rootId(), people);
    List<LiveSession> interested = new ArrayList<>();
    for (LiveSession s : sessions) {
      if (timeline.contains(s.personId())
          || s.personId() == item.actorId()
          || (item.communityId() != null && s.communities.contains(item.communityId()))
          || s.people.contains(item.actorId())
          || item.tags().stream().anyMatch(s.tags::contains)) {
        interested.add(s);
      }
    }
    if (item.readableByAll() || interested.isEmpty()) {
      return interested;
    }
    Set<Long> candidates = new HashSet<>();
    interested.forEach(s -> candidates.add(s.personId()));
    Set<Long> members = readers.members(item.communityId(), candidates);
    return interested.stream().filter(s -> s.principal().admin() || members.contains(s.personId())).toList();
  }
}
