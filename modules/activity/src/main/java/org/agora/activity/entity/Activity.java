package org.agora.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.people.entity.Person;

/**
 * One stream item. Its audience is its community's readers, or every colleague when it has no
 * community. Deleting is soft, so threads, counts and the audit trail stay consistent.
 */
@Entity
@Table(name = "activity")
public class Activity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActivityType type;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "actor_id", nullable = false)
  private Person actor;

  @Column(name = "community_id")
  private Long communityId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "shared_id")
  private Long sharedId;

  @Column(name = "target_person_id")
  private Long targetPersonId;

  @Column(name = "object_ref", length = 200)
  private String objectRef;

  @Column(length = 10000)
  private String text;

  @Column(columnDefinition = "text")
  private String html;

  @Column(nullable = false)
  private boolean question;

  @Column(name = "accepted_answer_id")
  private Long acceptedAnswerId;

  @Column(name = "comment_count", nullable = false)
  private int commentCount;

  @Column(name = "reaction_count", nullable = false)
  private int reactionCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private Long deletedBy;

  protected Activity() {}

  public Activity(ActivityType type, Person actor, Long communityId, Instant createdAt) {
    this.type = type;
    this.actor = actor;
    this.communityId = communityId;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public ActivityType getType() { return type; }
  public Person getActor() { return actor; }
  public Long getCommunityId() { return communityId; }
  public Long getParentId() { return parentId; }
  public Long getSharedId() { return sharedId; }
  public Long getTargetPersonId() { return targetPersonId; }
  public String getObjectRef() { return objectRef; }
  public String getText() { return text; }
  public String getHtml() { return html; }
  public boolean isQuestion() { return question; }
  public Long getAcceptedAnswerId() { return acceptedAnswerId; }
  public int getCommentCount() { return commentCount; }
  public int getReactionCount() { return reactionCount; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getEditedAt() { return editedAt; }
  public Instant getDeletedAt() { return deletedAt; }
  public boolean isDeleted() { return deletedAt != null; }

  public void setContent(String text, String html) {
    this.text = text;
    this.html = html;
  }

  public void edited(String text, String html, Instant at) {
    setContent(text, html);
    this.editedAt = at;
  }

  public void markQuestion(boolean question) { this.question = question; }
  public void setParentId(Long parentId) { this.parentId = parentId; }
  public void setSharedId(Long sharedId) { this.sharedId = sharedId; }
  public void setTargetPersonId(Long targetPersonId) { this.targetPersonId = targetPersonId; }
  public void setObjectRef(String objectRef) { this.objectRef = objectRef; }
  public void acceptAnswer(Long answerId) { this.acceptedAnswerId = answerId; }

  public void delete(long by, Instant at) {
    this.deletedBy = by;
    this.deletedAt = at;
  }

  /** Undoes a moderator's hiding. */
  public void restore() {
    this.deletedBy = null;
    this.deletedAt = null;
  }

  /** A moderator's final delete: the text is gone, not just hidden. */
  public void erase(long by, Instant at) {
    delete(by, at);
    this.text = null;
    this.html = null;
  }
}
