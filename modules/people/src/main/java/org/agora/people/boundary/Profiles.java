package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.people.control.InitialsAvatar;
import org.agora.people.control.PhotoCheck;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonChanged;
import org.agora.people.entity.PersonView;
import org.agora.people.entity.ProfileView;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;

/** Profile pages and their editing: a person edits their own profile, an admin anyone's. */
@ApplicationScoped
@Transactional
public class Profiles {

  @PersistenceContext EntityManager em;
  @Inject PersonDirectory directory;
  @Inject Following following;
  @Inject Endorsements endorsements;
  @Inject SkillVocabulary vocabulary;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  /** The largest photo upload accepted (PNG or JPEG). */
  public static final int MAX_PHOTO_BYTES = PhotoCheck.MAX_BYTES;

  /** An avatar image: bytes and their media type. */
  public record Image(byte[] bytes, String mediaType) {}

  public ProfileView profile(AgoraPrincipal viewer, long id) {
    PersonView person = directory.person(viewer, id);
    Following.Counts counts = following.counts(id);
    boolean me = viewer.id() == id;
    return ProfileView.of(
        person,
        counts.followers(),
        counts.following(),
        !me && following.isFollowing(viewer.id(), id),
        me,
        person.active() ? endorsements.skillsOf(id, viewer.id()) : List.of());
  }

  public PersonView update(AgoraPrincipal editor, long id, ProfileUpdate change) {
    Person person = editable(editor, id);
    if (change.displayName != null) {
      String name = UserText.plain(change.displayName);
      if (name.isBlank()) {
        throw new BadRequestException("displayName: must not be blank");
      }
      person.setDisplayName(name);
    }
    if (change.title != null) person.setTitle(blankToNull(UserText.plain(change.title)));
    if (change.location != null) person.setLocation(blankToNull(UserText.plain(change.location)));
    if (change.phone != null) person.setPhone(blankToNull(change.phone.strip()));
    if (change.email != null) person.setEmail(blankToNull(change.email.strip()));
    if (change.about != null) person.setAbout(blankToNull(UserText.plain(change.about)));
    if (change.departmentId != null) person.setDepartment(directory.department(change.departmentId));
    if (change.skills != null) person.replaceSkills(canonicalSkills(change.skills));
    if (change.languages != null) person.replaceLanguages(cleanLanguages(change.languages));
    if (change.uiLanguage != null) person.setUiLanguage(blankToNull(change.uiLanguage));
    if (editor.id() != id) {
      audit.record("person.profile-edited", "person", id, "by admin");
    }
    events.fire(new PersonChanged(id, "updated"));
    return PersonView.of(person);
  }

  public void savePhoto(AgoraPrincipal editor, long id, byte[] upload, String contentType) {
    Person person = editable(editor, id);
    byte[] png = PhotoCheck.accept(upload, contentType);
    Instant now = Instant.now(clock);
    em.createNativeQuery(
            "insert into person_photo (person_id, content_type, bytes, updated_at) values (?1, 'image/png', ?2, ?3)"
                + " on conflict (person_id) do update set bytes = excluded.bytes, updated_at = excluded.updated_at")
        .setParameter(1, id)
        .setParameter(2, png)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    person.photoChanged(now);
    events.fire(new PersonChanged(id, "updated"));
  }

  public void deletePhoto(AgoraPrincipal editor, long id) {
    Person person = editable(editor, id);
    em.createNativeQuery("delete from person_photo where person_id = ?1").setParameter(1, id).executeUpdate();
    person.photoChanged(null);
  }

  /** The uploaded photo, or the generated initials avatar. */
  public Image avatar(AgoraPrincipal viewer, long id) {
    Person person = directory.visible(viewer, id);
    Optional<byte[]> photo =
        em.createNativeQuery("select bytes from person_photo where person_id = ?1")
            .setParameter(1, id)
            .getResultStream()
            .findFirst()
            .map(b -> (byte[]) b);
    return photo
        .map(bytes -> new Image(bytes, "image/png"))
        .orElseGet(
            () ->
                new Image(
                    InitialsAvatar.svg(id, person.initials()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "image/svg+xml"));
  }

  private Person editable(AgoraPrincipal editor, long id) {
    Person person = directory.visible(editor, id);
    if (editor.id() != id && !editor.admin()) {
      throw new ForbiddenException("Only " + person.getDisplayName() + " and admins can change this profile.");
    }
    return person;
  }

  private Set<String> canonicalSkills(List<String> raw) {
    Set<String> skills = new LinkedHashSet<>();
    for (String skill : raw) {
      String canonical = vocabulary.canonical(UserText.plain(skill));
      if (!canonical.isEmpty()) {
        skills.add(canonical);
      }
    }
    return skills;
  }

  private static Set<String> cleanLanguages(List<String> raw) {
    Set<String> languages = new LinkedHashSet<>();
    raw.stream().map(UserText::plain).filter(l -> l != null && !l.isBlank()).forEach(languages::add);
    return languages;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
