package org.agora.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.events.entity.EventView;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;

/**
 * Who may see and change an event, in one place: a personal event every colleague sees, a
 * community event the readers of its community ({@link CommunityAccess}); what a reader may not see
 * is "not found". The organiser and admins change it; they and the community's moderators cancel it.
 */
@ApplicationScoped
public class EventAccess {

  @Inject EventStore events;
  @Inject CommunityAccess communities;

  /** The event if the reader may see it, else a 404 refusal. */
  public EventView readable(AgoraPrincipal reader, long id) {
    return events.find(id).filter(e -> canSee(reader, e)).orElseThrow(() -> Refusal.notFound("No event with id " + id));
  }

  public boolean canSee(AgoraPrincipal reader, EventView event) {
    return event.community() == null || communities.canRead(reader, event.community().id());
  }

  /** The communities whose events the reader may see, for lists (the same rule as {@link #canSee}). */
  public Set<Long> readableCommunities(AgoraPrincipal reader) {
    return communities.readableCommunityIds(reader);
  }

  public void checkMayChange(AgoraPrincipal who, EventView event) {
    if (event.organiser().id() != who.id() && !who.admin()) {
      throw Refusal.forbidden("Only the organiser or an admin changes an event.");
    }
  }

  public void checkMayCancel(AgoraPrincipal who, EventView event) {
    boolean moderator = event.community() != null && communities.canModerate(who, event.community().id());
    if (event.organiser().id() != who.id() && !who.admin() && !moderator) {
      throw Refusal.forbidden("Only the organiser, the community's moderators or an admin cancel an event.");
    }
  }

  /** A community event may only be put where its organiser may post. */
  public void checkMayPostIn(AgoraPrincipal who, Long communityId) {
    if (communityId == null) {
      return;
    }
    if (!communities.canSee(who, communityId)) {
      throw Refusal.invalid("communityId", "no community with id " + communityId);
    }
    if (!communities.canPost(who, communityId)) {
      throw Refusal.forbidden("Only members of the community schedule events in it.");
    }
  }
}
