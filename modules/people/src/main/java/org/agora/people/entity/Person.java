package org.agora.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A colleague: the account they sign in with and the profile others see. A person is never
 * deleted, only deactivated, so their content keeps an author.
 */
@Entity
@Table(name = "person")
public class Person {

  /** The display name of an erased person, shown wherever their kept content names its author. */
  public static final String FORMER_COLLEAGUE = "Former colleague";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(length = 254)
  private String email;

  @Column(length = 120)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(length = 120)
  private String location;

  @Column(length = 40)
  private String phone;

  @Column(length = 4000)
  private String about;

  /** PBKDF2 hash; {@code null} for people who only sign in through single sign-on. */
  @Column(name = "password_hash", length = 400)
  private String passwordHash;

  @Column(nullable = false)
  private boolean admin;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "skill", length = 60)
  private Set<String> skills = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "language", length = 40)
  private Set<String> languages = new LinkedHashSet<>();

  @Column(name = "photo_updated_at")
  private Instant photoUpdatedAt;

  @Column(name = "ui_language", length = 8)
  private String uiLanguage;

  protected Person() {}

  public Person(String username, String displayName, Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean isAdmin() {
    return admin;
  }

  public void setAdmin(boolean admin) {
    this.admin = admin;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<String> getSkills() {
    return Collections.unmodifiableSet(skills);
  }

  public void replaceSkills(Set<String> newSkills) {
    skills.clear();
    skills.addAll(newSkills);
  }

  public Set<String> getLanguages() {
    return Collections.unmodifiableSet(languages);
  }

  public void replaceLanguages(Set<String> newLanguages) {
    languages.clear();
    languages.addAll(newLanguages);
  }

  /** The language chosen for the web UI, or null to follow the browser. */
  public String getUiLanguage() {
    return uiLanguage;
  }

  public void setUiLanguage(String uiLanguage) {
    this.uiLanguage = uiLanguage;
  }

  public Instant getPhotoUpdatedAt() {
    return photoUpdatedAt;
  }

  public void photoChanged(Instant at) {
    this.photoUpdatedAt = at;
  }

  /**
   * Takes every personal detail out of the account (GDPR erasure): it can no longer sign in, and
   * whatever still names it as author shows {@code displayName}.
   */
  public void erase(String erasedUsername, String erasedDisplayName) {
    username = erasedUsername;
    displayName = erasedDisplayName;
    email = null;
    title = null;
    department = null;
    location = null;
    phone = null;
    about = null;
    passwordHash = null;
    admin = false;
    active = false;
    skills.clear();
    languages.clear();
    photoUpdatedAt = null;
    uiLanguage = null;
  }

  /** Up to two letters for the generated avatar: "Anna Müller" gives "AM". */
  public String initials() {
    String[] parts = displayName.strip().split("\\s+");
    StringBuilder letters = new StringBuilder();
    letters.appendCodePoint(parts[0].codePointAt(0));
    if (parts.length > 1) {
      letters.appendCodePoint(parts[parts.length - 1].codePointAt(0));
    }
    return letters.toString().toUpperCase(java.util.Locale.ROOT);
  }
}
