package org.agora.activity.boundary;

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
import org.agora.activity.control.ActivityWriter;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.ActivityType;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * What people write: posts (on their profile or into a community they belong to), comments one
 * level deep, shares, edits with history, and soft deletes by authors, moderators and admins.
 */
@ApplicationScoped
@Transactional
public class Posts {

  @PersistenceContext EntityManager em;
  @Inject ActivityWriter writer;
  @Inject Audience audience;
  @Inject CommunityAccess communities;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Polls polls;

  public long post(AgoraPrincipal author, String text, Long communityId, boolean question) {
    return post(author, text, communityId, question, null);
  }

  /** A post, with a poll when {@code poll} is given. */
  public long post(AgoraPrincipal author, String text, Long communityId, boolean question, PollRequest poll) {
    requireText(text, PostRequest.MAX_TEXT);
    if (communityId != null) {
      requireMember(author, communityId);
    }
    long id = writer.create(ActivityType.POST, author.id(), communityId, text, a -> a.markQuestion(question)).getId();
    if (poll != null) {
      polls.create(id, poll);
    }
    return id;
  }

  public long comment(AgoraPrincipal author, long postId, String text) {
    requireText(text, CommentRequest.MAX_TEXT);
    Activity post = topLevel(author, postId);
    if (post.getCommunityId() != null && !communities.canPost(author, post.getCommunityId())) {
      throw new ForbiddenException("Only members of the community can comment here.");
    }
    Activity comment =
        writer.create(ActivityType.COMMENT, author.id(), post.getCommunityId(), text, a -> a.setParentId(postId));
    writer.count(postId, "comment_count", 1);
    return comment.getId();
  }

  /**
   * Re-posts a post. Content from a members-only community can only be shared within that
   * community: a share must never carry it to readers the original was hidden from.
   */
  public long share(AgoraPrincipal author, long postId, String text, Long communityId) {
    Activity original = topLevel(author, postId);
    if (original.getType() == ActivityType.SHARE && original.getSharedId() != null) {
      original = topLevel(author, original.getSharedId());
    }
    if (original.getCommunityId() != null
        && !original.getCommunityId().equals(communityId)
        && !communities.isPublic(original.getCommunityId())) {
      throw new ForbiddenException("Posts of a members-only community can only be shared inside it.");
    }
    if (communityId != null) {
      requireMember(author, communityId);
    }
    long originalId = original.getId();
    String comment = text == null || text.isBlank() ? null : text;
    if (comment != null) {
      requireText(comment, CommentRequest.MAX_TEXT);
    }
    // No stored counter: who may see a share depends on the reader, so shares are counted per reader.
    return writer.create(ActivityType.SHARE, author.id(), communityId, comment, a -> a.setSharedId(originalId)).getId();
  }

  public void edit(AgoraPrincipal editor, long id, String text) {
    Activity activity = audience.readable(editor, em.find(Activity.class, id), id);
    if (!activity.getType().isAuthored() || activity.getActor().getId() != editor.id()) {
      throw new ForbiddenException("Only the author can edit this.");
    }
    requireText(text, activity.getType() == ActivityType.POST ? PostRequest.MAX_TEXT : CommentRequest.MAX_TEXT);
    writer.edit(activity, text);
  }

  /** Authors delete their own; community moderators and admins delete anything they moderate. */
  public void delete(AgoraPrincipal actor, long id) {
    Activity activity = audience.readable(actor, em.find(Activity.class, id), id);
    boolean author = activity.getActor().getId() == actor.id();
    boolean moderator =
        actor.admin() || (activity.getCommunityId() != null && communities.canModerate(actor, activity.getCommunityId()));
    if (!author && !moderator) {
      throw new ForbiddenException("Only the author, the community's moderators and admins can delete this.");
    }
    activity.delete(actor.id(), Instant.now(clock));
    if (activity.getParentId() != null) {
      writer.count(activity.getParentId(), "comment_count", -1);
    }
    if (!author) {
      audit.record("activity.deleted", "activity", id, "by moderator");
    }
    writer.changed(activity, "deleted", actor.id());
  }

  /**
   * Puts "saved a link" into the stream, for bookmarks shared with the company or a community
   * ({@code ref} points at the bookmark). Modules that cannot see this one reach it through the app.
   */
  public void recordBookmark(long personId, Long communityId, String ref) {
    writer.create(ActivityType.BOOKMARKED, personId, communityId, null, a -> a.setObjectRef(ref));
  }

  /**
   * Puts "scheduled an event" into the stream ({@code ref} is {@code event:<id>}); the event's
   * community decides who sees it, as for a post there.
   */
  public void recordEvent(long personId, Long communityId, String ref) {
    writer.create(ActivityType.SCHEDULED, personId, communityId, null, a -> a.setObjectRef(ref));
  }

  /** The stream item that stands for another module's object ({@code event:<id>}), if there is one. */
  public java.util.Optional<Long> itemFor(String ref) {
    return em.createQuery("select a.id from Activity a where a.objectRef = :ref order by a.id", Long.class)
        .setParameter("ref", ref).setMaxResults(1).getResultStream().findFirst();
  }

  /** Marks a comment as the accepted answer of the question it belongs to. */
  public void acceptAnswer(AgoraPrincipal asker, long questionId, long commentId) {
    Activity question = topLevel(asker, questionId);
    if (!question.isQuestion()) {
      throw new ConflictException("This post is not a question.");
    }
    if (question.getActor().getId() != asker.id()) {
      throw new ForbiddenException("Only the person who asked can accept an answer.");
    }
    Activity answer = em.find(Activity.class, commentId);
    if (answer == null || answer.isDeleted() || !Long.valueOf(questionId).equals(answer.getParentId())) {
      throw new NotFoundException("No answer with id " + commentId + " on this question");
    }
    question.acceptAnswer(commentId);
    writer.changed(question, "answer-accepted", asker.id());
  }

  /** A readable, not deleted, top-level post; comments cannot be commented on or shared. */
  Activity topLevel(AgoraPrincipal viewer, long id) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null || (activity.getCommunityId() != null && !communities.canRead(viewer, activity.getCommunityId()))) {
      throw new NotFoundException("No post with id " + id);
    }
    if (activity.isDeleted()) {
      throw new ConflictException("This post was deleted.");
    }
    if (activity.getParentId() != null) {
      throw new ConflictException("Comments are one level deep: answer the post instead.");
    }
    return activity;
  }

  private void requireMember(AgoraPrincipal author, long communityId) {
    if (!communities.canSee(author, communityId)) {
      throw new NotFoundException("No community with id " + communityId);
    }
    if (!communities.canPost(author, communityId)) {
      throw new ForbiddenException("Only members can post into this community.");
    }
  }

  private static void requireText(String text, int max) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException("text: must not be blank");
    }
    if (text.length() > max) {
      throw new BadRequestException("text: at most " + max + " characters");
    }
  }
}
