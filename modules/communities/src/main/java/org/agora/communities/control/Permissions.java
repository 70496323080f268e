package org.agora.communities.control;

import java.util.Optional;
import java.util.function.Supplier;
import org.agora.communities.entity.Community;
import org.agora.communities.entity.Membership;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Visibility;

/**
 * What one viewer may do in one community, decided from what is known of both: the community
 * (null when there is none), whether the viewer is an admin, and their membership, which is looked
 * up only when the answer depends on it (most reads are of public communities).
 */
public record Permissions(Community community, boolean admin, Supplier<Optional<Membership>> membership) {

  /** That it exists, its name and description: secret ones only for members, invitees and admins. */
  public boolean see() {
    if (!exists()) {
      return false;
    }
    return admin || community.getVisibility() != Visibility.SECRET
        || state().map(s -> s == MembershipState.ACTIVE || s == MembershipState.INVITED).orElse(false);
  }

  /** Its feed, members and bookmarks: public ones for everyone, others for members and admins. */
  public boolean read() {
    return exists() && (admin || community.getVisibility() == Visibility.PUBLIC || activeMember());
  }

  /** Only members post; being an admin is not enough. */
  public boolean post() {
    return exists() && activeMember();
  }

  public boolean moderate() {
    return exists() && (admin || membership.get().filter(Membership::isActive).map(m -> m.getRole().canModerate()).orElse(false));
  }

  private boolean exists() {
    return community != null && !community.isDeleted();
  }

  private boolean activeMember() {
    return membership.get().map(Membership::isActive).orElse(false);
  }

  private Optional<MembershipState> state() {
    return membership.get().map(Membership::getState);
  }
}
