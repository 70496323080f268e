package org.agora.governance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.boundary.PostModeration;
import org.agora.activity.entity.NotificationType;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.governance.entity.CaseStatus;
import org.agora.governance.entity.Decision;
import org.agora.governance.entity.ModerationCase;
import org.agora.governance.entity.TargetType;
import org.agora.people.boundary.Accounts;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Reports and the moderation queue. Anyone reports what they can see; the reports on one thing
 * form one case. A case in a community is decided by that community's moderators (and admins);
 * everything else (profiles, profile posts, public bookmarks) by admins. Every decision is audited;
 * the author is notified (unless the reports are dismissed), and so are the reporters.
 */
@ApplicationScoped
@Transactional
public class Moderation {

  @PersistenceContext EntityManager em;
  @Inject PostModeration posts;
  @Inject Bookmarks bookmarks;
  @Inject PersonDirectory directory;
  @Inject Accounts accounts;
  @Inject CommunityAccess communities;
  @Inject Notifications notifications;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** What a report is about: its author and the community whose moderators decide. */
  record Subject(long authorId, Long communityId) {}

  public ModerationCase report(AgoraPrincipal reporter, ReportRequest request) {
    if (request.targetType == null || request.targetId == null) {
      throw new BadRequestException("targetType and targetId: required");
    }
    if (request.reason == null) {
      throw new BadRequestException("reason: required (" + List.of(org.agora.governance.entity.ReportReason.values()) + ")");
    }
    Subject subject = subjectVisibleTo(reporter, request.targetType, request.targetId);
    if (subject.authorId() == reporter.id()) {
      throw new BadRequestException("targetId: you cannot report your own content");
    }
    Instant now = Instant.now(clock);
    em.createNativeQuery(
            "insert into moderation_case (target_type, target_id, community_id, author_id, opened_at)"
                + " values (?1, ?2, cast(?3 as bigint), ?4, ?5) on conflict (target_type, target_id) do nothing")
        .setParameter(1, request.targetType.name()).setParameter(2, request.targetId).setParameter(3, subject.communityId())
        .setParameter(4, subject.authorId()).setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    long caseId = ((Number) em.createNativeQuery("select id from moderation_case where target_type = ?1 and target_id = ?2")
        .setParameter(1, request.targetType.name()).setParameter(2, request.targetId).getSingleResult()).longValue();
    int added = em.createNativeQuery(
            "insert into report (case_id, reporter_id, reason, note, created_at) values (?1, ?2, ?3, ?4, ?5)"
                + " on conflict (case_id, reporter_id) do nothing")
        .setParameter(1, caseId).setParameter(2, reporter.id()).setParameter(3, request.reason.name())
        .setParameter(4, limit(UserText.plain(request.note), 1000)).setParameter(5, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    // A new report on something already decided (restored, dismissed) opens the case again.
    em.createNativeQuery("update moderation_case set report_count = report_count + ?2,"
            + " status = case when ?2 > 0 and status in ('RESTORED', 'DISMISSED') then 'OPEN' else status end where id = ?1")
        .setParameter(1, caseId).setParameter(2, added).executeUpdate();
    return find(caseId);
  }

  /** The queue: open cases (or those of {@code status}) the moderator may decide, newest first. */
  public Page<ModerationCase> queue(AgoraPrincipal moderator, CaseStatus status, PageRequest page) {
    String scope = moderator.admin() ? "true" : "c.community_id = any(cast(?2 as bigint[]))";
    List<Long> ids = NativeSql.rows(em.createNativeQuery("select c.id from moderation_case c where c.status = ?1 and " + scope
            + " and c.id < ?3 order by c.id desc limit ?4")
        .setParameter(1, (status == null ? CaseStatus.OPEN : status).name())
        .setParameter(2, NativeSql.ids(communities.moderatedCommunityIds(moderator.id())))
        .setParameter(3, page.after() == null ? Long.MAX_VALUE : page.after())
        .setParameter(4, page.fetchSize()), NativeSql.Row::nextLong);
    List<ModerationCase> cases = new ArrayList<>();
    ids.forEach(id -> cases.add(find(id)));
    return Page.of(cases, page.limit(), ModerationCase::id);
  }

  public ModerationCase get(AgoraPrincipal moderator, long caseId) {
    ModerationCase found = find(caseId);
    requireModerator(moderator, found);
    return found;
  }

  public ModerationCase decide(AgoraPrincipal moderator, long caseId, DecisionRequest request) {
    if (request == null || request.decision == null) {
      throw new BadRequestException("decision: required (HIDE, RESTORE, DELETE, DISMISS)");
    }
    ModerationCase found = find(caseId);
    requireModerator(moderator, found);
    Decision decision = request.decision;
    String note = limit(UserText.plain(request.note), 1000);
    apply(moderator, found, decision, note);
    em.createNativeQuery("update moderation_case set status = ?2, decided_at = ?3, decided_by = ?4, decision_note = ?5 where id = ?1")
        .setParameter(1, caseId).setParameter(2, decision.outcome.name())
        .setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC)).setParameter(4, moderator.id()).setParameter(5, note)
        .executeUpdate();
    audit.record("moderation." + decision.name().toLowerCase(), found.targetType().name().toLowerCase(), found.targetId(),
        "case " + caseId + (note == null ? "" : ": " + note));
    if (decision != Decision.DISMISS) {
      notifications.tell(found.authorId(), NotificationType.MODERATED, moderator.id(), null, found.communityId());
    }
    tellReporters(found, moderator);
    return find(caseId);
  }

  /** Whoever reported it learns that it was decided (not what: the author's note is for the author). */
  private void tellReporters(ModerationCase found, AgoraPrincipal moderator) {
    List<Long> reporters = NativeSql.rows(em.createNativeQuery("select reporter_id from report where case_id = ?1")
        .setParameter(1, found.id()), NativeSql.Row::nextLong);
    reporters.forEach(reporter ->
        notifications.tell(reporter, NotificationType.REPORT_DECIDED, moderator.id(), null, found.communityId()));
  }

  private void apply(AgoraPrincipal moderator, ModerationCase found, Decision decision, String note) {
    switch (found.targetType()) {
      case POST, COMMENT -> {
        switch (decision) {
          case HIDE -> posts.hide(moderator, found.targetId());
          case RESTORE -> posts.restore(moderator, found.targetId());
          case DELETE -> posts.erase(moderator, found.targetId());
          case DISMISS -> { }
        }
      }
      case BOOKMARK -> {
        switch (decision) {
          case HIDE -> bookmarks.setHidden(found.targetId(), true);
          case RESTORE -> bookmarks.setHidden(found.targetId(), false);
          case DELETE -> bookmarks.remove(found.targetId());
          case DISMISS -> { }
        }
      }
      case PROFILE -> {
        switch (decision) {
          case HIDE, DELETE -> accounts.disable(moderator, found.targetId(), note);
          case RESTORE -> accounts.enable(moderator, found.targetId(), note);
          case DISMISS -> { }
        }
      }
    }
  }

  private void requireModerator(AgoraPrincipal moderator, ModerationCase found) {
    boolean allowed = moderator.admin()
        || (found.communityId() != null && found.targetType() != TargetType.PROFILE
            && communities.canModerate(moderator, found.communityId()));
    if (!allowed) {
      throw new ForbiddenException("Only the community's moderators and admins decide this case.");
    }
  }

  private Subject subjectVisibleTo(AgoraPrincipal reader, TargetType type, long id) {
    return switch (type) {
      case POST, COMMENT -> {
        PostModeration.Target target = posts.visibleTo(reader, id);
        if (target.comment() != (type == TargetType.COMMENT)) {
          throw new BadRequestException("targetType: " + id + " is a " + (target.comment() ? "COMMENT" : "POST"));
        }
        yield new Subject(target.authorId(), target.communityId());
      }
      case BOOKMARK -> {
        Bookmarks.ModerationTarget target = bookmarks.moderationTarget(reader, id);
        yield new Subject(target.ownerId(), target.visibility() == BookmarkVisibility.COMMUNITY ? target.communityId() : null);
      }
      case PROFILE -> new Subject(directory.person(reader, id).id(), null);
    };
  }

  private ModerationCase find(long caseId) {
    List<ModerationCase> found = NativeSql.rows(em.createNativeQuery(
            "select c.id, c.target_type, c.target_id, c.community_id, c.author_id, c.status, c.report_count,"
                + " (select string_agg(r.reason || coalesce(': ' || r.note, ''), '\n' order by r.created_at) from report r where r.case_id = c.id),"
                + " c.opened_at, c.decided_at, c.decision_note from moderation_case c where c.id = ?1")
        .setParameter(1, caseId), Moderation::moderationCase);
    if (found.isEmpty()) {
      throw new NotFoundException("No moderation case with id " + caseId);
    }
    return found.get(0);
  }

  private static ModerationCase moderationCase(NativeSql.Row row) {
    long id = row.nextLong();
    TargetType targetType = TargetType.valueOf(row.nextText());
    long targetId = row.nextLong();
    Long communityId = row.nextLongOrNull();
    long authorId = row.nextLong();
    CaseStatus status = CaseStatus.valueOf(row.nextText());
    int reportCount = Math.toIntExact(row.nextLong());
    String reasons = row.nextText();
    return new ModerationCase(id, targetType, targetId, communityId, authorId, status, reportCount,
        reasons == null ? List.of() : List.of(reasons.split("\n")), row.nextInstant(), row.nextInstant(), row.nextText());
  }

  private static String limit(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.length() > max ? text.substring(0, max) : text;
  }
}
