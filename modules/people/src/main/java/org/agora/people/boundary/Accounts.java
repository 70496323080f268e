package org.agora.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.agora.people.control.Passwords;
import org.agora.people.entity.Department;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonChanged;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.Roles;

/** Creates accounts and departments: for the first admin, the demo organisation and directory sync. */
@ApplicationScoped
@Transactional
public class Accounts {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject SkillVocabulary vocabulary;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;
  @Inject AuditLog audit;

  /** What a new account is made of; {@code passwordHash} may be null for single sign-on people. */
  public record NewPerson(
      String username,
      String displayName,
      String email,
      String title,
      Long departmentId,
      String location,
      String phone,
      String about,
      Set<String> skills,
      String passwordHash,
      boolean admin) {}

  public boolean anyAdmin() {
    return em.createQuery("select count(p) from Person p where p.admin = true", Long.class)
            .getSingleResult()
        > 0;
  }

  public long countPeople() {
    return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
  }

  public String hashPassword(String password) {
    if (password == null || password.length() < Passwords.MIN_LENGTH) {
      throw new IllegalArgumentException("passwords have at least " + Passwords.MIN_LENGTH + " characters");
    }
    return passwords.hash(password);
  }

  public long create(NewPerson draft) {
    String username = draft.username().strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("username: 2-64 of a-z, 0-9, '.', '_', '-'");
    }
    if (findByUsername(username).isPresent()) {
      throw new ConflictException("The username " + username + " is taken.");
    }
    Person person = new Person(username, UserText.plain(draft.displayName()), Instant.now(clock));
    person.setEmail(UserText.plain(draft.email()));
    person.setTitle(UserText.plain(draft.title()));
    person.setLocation(UserText.plain(draft.location()));
    person.setPhone(UserText.plain(draft.phone()));
    person.setAbout(UserText.plain(draft.about()));
    person.setPasswordHash(draft.passwordHash());
    person.setAdmin(draft.admin());
    if (draft.departmentId() != null) {
      person.setDepartment(em.getReference(Department.class, draft.departmentId()));
    }
    if (draft.skills() != null) {
      person.replaceSkills(
          draft.skills().stream()
              .map(vocabulary::canonical)
              .filter(s -> !s.isEmpty())
              .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
    }
    em.persist(person);
    em.flush();
    events.fire(new PersonChanged(person.getId(), "created"));
    return person.getId();
  }

  public Optional<Person> findByUsername(String username) {
    return em.createQuery("select p from Person p where p.username = :u", Person.class)
        .setParameter("u", username.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** An admin adds a department to the tree; names are unique regardless of case. */
  @RolesAllowed(Roles.ADMIN)
  public long addDepartment(String name, Long parentId) {
    if (parentId != null && em.find(Department.class, parentId) == null) {
      throw new NotFoundException("No department with id " + parentId);
    }
    long id = createDepartment(name, parentId);
    audit.record("department.created", "department", id, UserText.plain(name));
    return id;
  }

  public long createDepartment(String name, Long parentId) {
    String clean = UserText.plain(name);
    boolean taken =
        em.createQuery("select count(d) from Department d where lower(d.name) = lower(:n)", Long.class)
                .setParameter("n", clean)
                .getSingleResult()
            > 0;
    if (taken) {
      throw new ConflictException("A department named " + clean + " exists already.");
    }
    Department parent = parentId == null ? null : em.getReference(Department.class, parentId);
    Department department = new Department(clean, parent);
    em.persist(department);
    em.flush();
    return department.getId();
  }

  /**
   * An admin disables an account: the person can no longer log in, their sessions end at the next
   * request (the login re-checks every request), their tokens are revoked, and a
   * {@code person.disabled} event tells live connections to close. Content stays unless the
   * caller hides it. Admins cannot disable themselves.
   */
  @RolesAllowed(Roles.ADMIN)
  public void disable(AgoraPrincipal admin, long personId, String note) {
    deactivate(admin, person(personId), note);
  }

  /** An admin enables a disabled account again; revoked tokens stay revoked. */
  @RolesAllowed(Roles.ADMIN)
  public void enable(AgoraPrincipal admin, long personId, String note) {
    activate(person(personId), note);
  }

  private void deactivate(AgoraPrincipal admin, Person person, String note) {
    long personId = person.getId();
    if (admin.id() == personId) {
      throw new ConflictException("You cannot disable your own account.");
    }
    if (!person.isActive()) {
      return;
    }
    person.setActive(false);
    em.createNativeQuery("update access_token set revoked_at = ?2 where person_id = ?1 and revoked_at is null")
        .setParameter(1, personId).setParameter(2, java.time.Instant.now(clock).atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
    audit.record("person.disabled", "person", personId, UserText.plain(note));
    events.fire(new PersonChanged(personId, "disabled"));
  }

  private void activate(Person person, String note) {
    if (person.isActive()) {
      return;
    }
    person.setActive(true);
    audit.record("person.enabled", "person", person.getId(), UserText.plain(note));
    events.fire(new PersonChanged(person.getId(), "enabled"));
  }

  private Person person(long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new jakarta.ws.rs.NotFoundException("No person with id " + personId);
    }
    return person;
  }

  /**
   * Deactivates or reactivates a person ({@code PUT /people/{id}/active}, and the directory sync):
   * the same as {@link #disable} and {@link #enable} without a note. Nobody is ever deleted; their
   * content keeps its author. Answers whether anything changed.
   *
   * <p>Not {@code @RolesAllowed}: the directory sync also runs on its schedule, with nobody signed
   * in, as an admin principal of its own; so this reads the principal it is given. The REST
   * resource that calls it is {@code @RolesAllowed} itself.
   */
  public boolean setActive(AgoraPrincipal admin, long personId, boolean active) {
    if (!admin.admin()) {
      throw new ForbiddenException("Only admins enable or disable accounts.");
    }
    Person person = person(personId);
    if (person.isActive() == active) {
      return false;
    }
    if (active) {
      activate(person, null);
    } else {
      deactivate(admin, person, null);
    }
    return true;
  }

  /**
   * An admin grants or takes back the admin role. Nobody takes their own role (so there is always
   * an admin left to give it back). Answers whether anything changed.
   */
  @RolesAllowed(Roles.ADMIN)
  public boolean setAdmin(AgoraPrincipal admin, long personId, boolean grant) {
    Person person = person(personId);
    if (person.isAdmin() == grant) {
      return false;
    }
    if (!grant && admin.id() == personId) {
      throw new ConflictException("You cannot take away your own admin role.");
    }
    person.setAdmin(grant);
    audit.record(grant ? "person.admin-granted" : "person.admin-revoked", "person", personId, null);
    events.fire(new PersonChanged(personId, "updated"));
    return true;
  }

  /** An admin renames a department; names stay unique regardless of case. */
  @RolesAllowed(Roles.ADMIN)
  public void renameDepartment(long departmentId, String name) {
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      throw new NotFoundException("No department with id " + departmentId);
    }
    String clean = UserText.plain(name);
    if (clean == null || clean.isBlank()) {
      throw new jakarta.ws.rs.BadRequestException("name: must not be blank");
    }
    boolean taken =
        em.createQuery("select count(d) from Department d where lower(d.name) = lower(:n) and d.id <> :id", Long.class)
                .setParameter("n", clean)
                .setParameter("id", departmentId)
                .getSingleResult()
            > 0;
    if (taken) {
      throw new ConflictException("A department named " + clean + " exists already.");
    }
    String before = department.getName();
    department.rename(clean);
    audit.record("department.renamed", "department", departmentId, before + " -> " + clean);
  }

  /** The department of that name, ignoring case (the directory sync maps names to departments). */
  public Optional<Long> departmentNamed(String name) {
    return em.createQuery("select d.id from Department d where lower(d.name) = lower(:n)", Long.class)
        .setParameter("n", UserText.plain(name))
        .getResultStream()
        .findFirst();
  }
}
