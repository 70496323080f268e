package org.agora.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonChanged;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.PersonalDataFile;

/**
 * People's share of a person's data: the profile and photo, follows both ways, endorsements given
 * and received, access tokens (names and dates, never the hashes) and single sign-on links.
 * Erasure runs last: it removes all of these and anonymises the account (username
 * {@code erased-<id>}, display name "Former colleague", disabled), which also ends the person's
 * sessions and live streams ({@code person.disabled}) and takes them out of the search index.
 */
@ApplicationScoped
public class PeoplePersonalData implements PersonalData {

  public record Profile(long id, String username, String displayName, String email, String title, String department,
      String location, String phone, String about, boolean admin, boolean active, Instant createdAt,
      List<String> skills, List<String> languages, String uiLanguage, Instant policyAcceptedAt) {}

  public record Link(long personId, String displayName, Instant since) {}

  public record Endorsement(long personId, String displayName, String skill, Instant at) {}

  public record Token(String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

  public record SsoLink(String issuer, String subject, Instant createdAt) {}

  @PersistenceContext EntityManager em;
  @Inject Event<DomainEvent> events;

  @Override
  public int erasureOrder() {
    return 1000;
  }

  @Override
  public List<PersonalDataFile> export(long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      return List.of();
    }
    List<PersonalDataFile> files = new ArrayList<>();
    files.add(json("people/profile.json", profile(person)));
    em.createNativeQuery("select bytes from person_photo where person_id = ?1").setParameter(1, personId)
        .getResultStream().findFirst()
        .ifPresent(bytes -> files.add(new PersonalDataFile("people/photo.png", (byte[]) bytes)));
    Map<String, Object> follows = new LinkedHashMap<>();
    follows.put("following", links("select f.followee_id, p.display_name, f.created_at from follow f"
        + " join person p on p.id = f.followee_id where f.follower_id = ?1 order by f.created_at", personId));
    follows.put("followers", links("select f.follower_id, p.display_name, f.created_at from follow f"
        + " join person p on p.id = f.follower_id where f.followee_id = ?1 order by f.created_at", personId));
    files.add(json("people/follows.json", follows));
    Map<String, Object> endorsements = new LinkedHashMap<>();
    endorsements.put("given", endorsements("select e.person_id, p.display_name, e.skill, e.created_at from endorsement e"
        + " join person p on p.id = e.person_id where e.endorser_id = ?1 order by e.created_at", personId));
    endorsements.put("received", endorsements("select e.endorser_id, p.display_name, e.skill, e.created_at"
        + " from endorsement e join person p on p.id = e.endorser_id where e.person_id = ?1 order by e.created_at",
        personId));
    files.add(json("people/endorsements.json", endorsements));
    files.add(json("people/tokens.json", NativeSql.rows(
        em.createNativeQuery("select name, created_at, last_used_at, revoked_at from access_token where person_id = ?1"
            + " order by id").setParameter(1, personId),
        r -> new Token(r.nextText(), r.nextInstant(), r.nextInstant(), r.nextInstant()))));
    files.add(json("people/sso-links.json", NativeSql.rows(
        em.createNativeQuery("select issuer, subject, created_at from sso_link where person_id = ?1 order by created_at")
            .setParameter(1, personId),
        r -> new SsoLink(r.nextText(), r.nextText(), r.nextInstant()))));
    return files;
  }

  private Profile profile(Person p) {
    Object accepted = em.createNativeQuery("select policy_accepted_at from person where id = ?1")
        .setParameter(1, p.getId()).getSingleResult();
    return new Profile(p.getId(), p.getUsername(), p.getDisplayName(), p.getEmail(), p.getTitle(),
        p.getDepartment() == null ? null : p.getDepartment().getName(), p.getLocation(), p.getPhone(), p.getAbout(),
        p.isAdmin(), p.isActive(), p.getCreatedAt(), p.getSkills().stream().sorted().toList(),
        p.getLanguages().stream().sorted().toList(), p.getUiLanguage(), NativeSql.instant(accepted));
  }

  private List<Link> links(String sql, long personId) {
    return NativeSql.rows(em.createNativeQuery(sql).setParameter(1, personId),
        r -> new Link(r.nextLong(), r.nextText(), r.nextInstant()));
  }

  private List<Endorsement> endorsements(String sql, long personId) {
    return NativeSql.rows(em.createNativeQuery(sql).setParameter(1, personId),
        r -> new Endorsement(r.nextLong(), r.nextText(), r.nextText(), r.nextInstant()));
  }

  private static PersonalDataFile json(String name, Object content) {
    return PersonalDataFile.json(name, JsonbConfigurator.jsonb().toJson(content));
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      return;
    }
    for (String sql : List.of(
        "delete from follow where follower_id = ?1 or followee_id = ?1",
        "delete from endorsement where person_id = ?1 or endorser_id = ?1",
        "delete from access_token where person_id = ?1",
        "delete from sso_link where person_id = ?1",
        "delete from person_photo where person_id = ?1",
        "update person set policy_accepted_at = null where id = ?1")) {
      em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
    }
    boolean wasActive = person.isActive();
    String erasedUsername = "erased-" + personId;
    boolean changed = !erasedUsername.equals(person.getUsername());
    person.erase(erasedUsername, Person.FORMER_COLLEAGUE);
    em.flush();
    if (wasActive) {
      events.fire(new PersonChanged(personId, "disabled"));
    }
    if (changed) {
      events.fire(new PersonChanged(personId, "updated"));
    }
  }
}
