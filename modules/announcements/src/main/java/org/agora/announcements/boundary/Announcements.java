package org.agora.announcements.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agora.activity.boundary.ActivitySummaries;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.NotificationType;
import org.agora.activity.entity.PostContent;
import org.agora.announcements.control.AnnouncementRow;
import org.agora.announcements.control.AnnouncementRules;
import org.agora.announcements.control.AnnouncementStore;
import org.agora.announcements.control.SmallDepartments;
import org.agora.announcements.entity.AnnouncementPosted;
import org.agora.announcements.entity.AnnouncementView;
import org.agora.announcements.entity.DepartmentReach;
import org.agora.announcements.entity.Posted;
import org.agora.announcements.entity.Reach;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.boundary.Csv;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posting announcements, the reader's current ones, their receipts (seen, confirmed, dismissed),
 * reach and reminders. An announcement is a post in the feeds (written through {@link Posts});
 * this module keeps its audience, pin and receipts. Who is outside a community announcement's
 * audience (and neither its author nor an admin) is told it does not exist (404).
 * Every check comes before the first write, so a refusal leaves the transaction as it was.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class Announcements {

  static final String SWITCHED_OFF = "Who has not confirmed is not shown here: named reach is switched off"
      + " (agora.announcements.named-reach; the works council decides).";

  @Inject AnnouncementStore store;
  @Inject Posts posts;
  @Inject ActivitySummaries activities;
  @Inject CommunityAccess communities;
  @Inject Notifications notifications;
  @Inject Event<AnnouncementPosted> posted;
  @Inject Clock clock;
  @Inject @ConfigProperty(name = "agora.announcements.named-reach", defaultValue = "false") boolean namedReach;
  @Inject @ConfigProperty(name = "agora.announcements.remind-after-days", defaultValue = "3") int remindAfterDays;

  public Posted post(AgoraPrincipal author, AnnouncementRequest request) {
    Instant now = Instant.now(clock);
    AnnouncementRules.Draft draft = AnnouncementRules.draft(request.text, request.communityId, request.mustRead,
        request.pinnedUntil, now);
    Long community = draft.communityId();
    if (community != null && !communities.canSee(author, community)) {
      throw Refusal.notFound("No community with id " + community);
    }
    if (!mayPost(author, community)) {
      throw Refusal.forbidden(community == null
          ? "Only admins post announcements to everyone."
          : "Only the community's owners and moderators post its announcements.");
    }
    long activityId = posts.post(author, draft.text(), community, false);
    long id = store.insert(activityId, author.id(), draft, now);
    posted.fire(new AnnouncementPosted(id, activityId, community, author.id()));
    return new Posted(id, activityId);
  }

  /** Whether the person may announce to everyone ({@code communityId} null) or to the community. */
  public boolean mayPost(AgoraPrincipal who, Long communityId) {
    return AnnouncementRules.mayPost(who, communityId, communityId != null && communities.canModerate(who, communityId));
  }

  /** What stands above the reader's feed now (one community's, when given), newest first. */
  public List<AnnouncementView> current(AgoraPrincipal reader, Long communityId) {
    List<AnnouncementRow> rows = store.current(reader.id(), Instant.now(clock), communityId);
    Map<Long, PostContent> live = activities.notDeleted(rows.stream().map(AnnouncementRow::activityId).toList());
    return rows.stream().filter(r -> live.containsKey(r.activityId()))
        .map(r -> view(reader, r, live.get(r.activityId()).html(), r.authorId() != reader.id())).toList();
  }

  public AnnouncementView get(AgoraPrincipal reader, long id) {
    AnnouncementRow row = readable(reader, id);
    PostContent post = activities.notDeleted(List.of(row.activityId())).get(row.activityId());
    if (post == null) {
      throw Refusal.notFound("No announcement with id " + id);
    }
    return view(reader, row, post.html(), store.inAudience(id, reader.id()));
  }

  /** The announcement a post is (the reminder's link names the post), under the same rule as {@link #get}. */
  public AnnouncementView ofPost(AgoraPrincipal reader, long activityId) {
    return get(reader, store.idOfPost(activityId).orElseThrow(() -> Refusal.notFound("No announcement for post " + activityId)));
  }

  /** The reader saw it (the app records this when it shows the card); nothing for its author or admins outside the audience. */
  public void seen(AgoraPrincipal reader, long id) {
    readable(reader, id);
    if (store.inAudience(id, reader.id())) {
      Instant now = Instant.now(clock);
      store.receipt(id, reader.id(), now, null, null);
    }
  }

  /** "Read and understood": only for a must-read announcement, by someone of its audience. */
  public void confirm(AgoraPrincipal reader, long id) {
    AnnouncementRow row = readable(reader, id);
    if (!row.mustRead()) {
      throw Refusal.conflict("Only a must-read announcement is confirmed; dismiss this one.");
    }
    if (!store.inAudience(id, reader.id())) {
      throw Refusal.conflict("Only its audience confirms an announcement.");
    }
    Instant now = Instant.now(clock);
    store.receipt(id, reader.id(), now, now, null);
  }

  /** Hides it from the reader's feed; a must-read one is confirmed instead (its author may hide it). */
  public void dismiss(AgoraPrincipal reader, long id) {
    AnnouncementRow row = readable(reader, id);
    if (row.mustRead() && row.authorId() != reader.id()) {
      throw Refusal.conflict("A must-read announcement is confirmed with \"Read and understood\", not dismissed.");
    }
    Instant now = Instant.now(clock);
    store.receipt(id, reader.id(), now, null, now);
  }

  /** For its author and admins: audience, seen and confirmed, in total and by department (small ones merged). */
  public Reach reach(AgoraPrincipal reader, long id) {
    mayReach(reader, readable(reader, id));
    List<DepartmentReach> departments = store.reachByDepartment(id);
    return new Reach(departments.stream().mapToLong(DepartmentReach::audience).sum(),
        departments.stream().mapToLong(DepartmentReach::seen).sum(),
        departments.stream().mapToLong(DepartmentReach::confirmed).sum(),
        SmallDepartments.merge(departments, SmallDepartments.MINIMUM), namedReach);
  }

  /** Who has not confirmed, as CSV: only where the organisation switched named reach on. */
  public String unconfirmedCsv(AgoraPrincipal reader, long id) {
    if (!namedReach) {
      throw Refusal.notFound(SWITCHED_OFF);
    }
    mayReach(reader, readable(reader, id));
    return Csv.of(List.of("username", "name", "department", "seen"), store.unconfirmed(id));
  }

  /**
   * The reminder round ({@link AnnouncementJobs}): once per must-read announcement still pinned
   * {@code agora.announcements.remind-after-days} after it was posted, who of its audience has not
   * confirmed it is notified; each announcement is claimed once across nodes.
   */
  public void remind() {
    Instant now = Instant.now(clock);
    for (long id : store.claimReminders(now, now.minus(Duration.ofDays(remindAfterDays)))) {
      AnnouncementRow row = store.find(id, 0).orElseThrow();
      for (long person : store.unconfirmedIds(id)) {
        notifications.tell(person, NotificationType.ANNOUNCEMENT_REMINDER, row.authorId(), row.activityId(), row.communityId());
      }
    }
  }

  /** The announcement, if the reader is in its audience, wrote it, or is an admin; else 404. */
  private AnnouncementRow readable(AgoraPrincipal reader, long id) {
    return store.find(id, reader.id())
        .filter(r -> reader.admin() || r.authorId() == reader.id() || store.inAudience(id, reader.id()))
        .orElseThrow(() -> Refusal.notFound("No announcement with id " + id));
  }

  private static void mayReach(AgoraPrincipal reader, AnnouncementRow row) {
    if (!reader.admin() && row.authorId() != reader.id()) {
      throw Refusal.forbidden("Only the author and admins see an announcement's reach.");
    }
  }

  /** {@code asked}: the reader is in its audience (the current list holds the audience's and the author's). */
  private static AnnouncementView view(AgoraPrincipal reader, AnnouncementRow r, String html, boolean asked) {
    return new AnnouncementView(r.id(), r.activityId(), html, new AnnouncementView.Author(r.authorId(), r.authorName()),
        r.communityId(), r.communityName(), r.mustRead(), r.pinnedUntil(), r.createdAt(), r.seen(), r.confirmed(),
        r.dismissed(), asked, reader.admin() || r.authorId() == reader.id());
  }
}
