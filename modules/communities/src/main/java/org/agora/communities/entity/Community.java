package org.agora.communities.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A team space. Deleting is soft: its content and audit trail stay, nobody sees it any more. */
@Entity
@Table(name = "community")
public class Community {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  /** Unique among the communities not deleted: see {@link CommunityNameKey}. */
  @Column(name = "name_key", nullable = false, length = 480)
  private String nameKey;

  @Column(length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Visibility visibility;

  @Column(length = 10000)
  private String guidelines;

  @Column(length = 60)
  private String category;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "community_tag", joinColumns = @JoinColumn(name = "community_id"))
  @Column(name = "tag", length = 60)
  private Set<String> tags = new LinkedHashSet<>();

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected Community() {}

  public Community(String name, Visibility visibility, long createdBy, Instant createdAt) {
    this.name = name;
    this.nameKey = CommunityNameKey.of(name);
    this.visibility = visibility;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getNameKey() { return nameKey; }
  public void setName(String name) { this.name = name; this.nameKey = CommunityNameKey.of(name); }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Visibility getVisibility() { return visibility; }
  public void setVisibility(Visibility visibility) { this.visibility = visibility; }
  public String getGuidelines() { return guidelines; }
  public void setGuidelines(String guidelines) { this.guidelines = guidelines; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public Set<String> getTags() { return Collections.unmodifiableSet(tags); }
  public void replaceTags(Set<String> newTags) { tags.clear(); tags.addAll(newTags); }
  public long getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public boolean isDeleted() { return deletedAt != null; }
  public void delete(Instant at) { this.deletedAt = at; }
  public boolean hasGuidelines() { return guidelines != null && !guidelines.isBlank(); }
}
