package org.agora.ui.home;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.agora.activity.boundary.Posts;
import org.agora.activity.boundary.Reactions;
import org.agora.activity.entity.ReactionKind;
import org.agora.insights.boundary.Moderation;
import org.agora.insights.boundary.ReportRequest;
import org.agora.insights.entity.ReportReason;
import org.agora.insights.entity.TargetType;
import org.agora.platform.boundary.CurrentUser;

/** What a reader does with a stream item from any feed view: like, comment, report. */
@Dependent
public class FeedActions {

  @Inject Posts posts;
  @Inject Reactions reactions;
  @Inject Moderation moderation;
  @Inject CurrentUser currentUser;

  /** Likes the item, or takes the like back; answers whether it is liked now. */
  boolean toggleLike(long activityId, boolean liked) {
    return attempt(() -> {
      if (liked) {
        reactions.withdraw(currentUser.required(), activityId);
      } else {
        reactions.react(currentUser.required(), activityId, ReactionKind.LIKE);
      }
    }) ? !liked : liked;
  }

  boolean comment(long postId, String text) {
    return attempt(() -> posts.comment(currentUser.required(), postId, text));
  }

  boolean report(long activityId, boolean comment, ReportReason reason, String note) {
    ReportRequest request = new ReportRequest();
    request.targetType = comment ? TargetType.COMMENT : TargetType.POST;
    request.targetId = activityId;
    request.reason = reason;
    request.note = note;
    return attempt(() -> moderation.report(currentUser.required(), request));
  }

  long me() {
    return currentUser.id();
  }

  /** Runs a change; a refusal (validation, permission) becomes a readable message, not an error page. */
  private static boolean attempt(Runnable change) {
    try {
      change.run();
      return true;
    } catch (WebApplicationException refused) {
      Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
      return false;
    }
  }
}
