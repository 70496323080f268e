package org.agora.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.agora.people.boundary.Accounts;
import org.agora.people.control.OidcProvider.Identity;
import org.agora.people.control.SsoFailure.Code;
import org.agora.people.entity.Department;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonChanged;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;

/**
 * Turns a validated OpenID Connect identity into an Agora person. The first login links the
 * provider's subject to the person with the same username, else with the same (verified) email,
 * else creates one; every login copies name, email, department and, with an admin group
 * configured, the admin role from the claims. Disabled people are refused.
 */
@ApplicationScoped
@Transactional
public class SsoPeople {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject OidcSettings settings;
  @Inject Event<DomainEvent> events;
  @Inject AuditLog audit;

  public AgoraPrincipal signIn(Identity identity) throws SsoFailure {
    String username = username(identity);
    String name = Optional.ofNullable(text(identity, settings.nameClaim())).orElse(username);
    String email = email(identity);
    Optional<Boolean> admin = settings.adminGroup().map(group -> groups(identity).contains(group));
    Optional<Person> linked = linked(identity);
    Person person = linked
        .or(() -> accounts.findByUsername(username))
        .or(() -> verifiedEmail(identity) ? byEmail(email) : Optional.empty())
        .orElse(null);
    if (person != null && !person.isActive()) {
      throw new SsoFailure(Code.DISABLED, "the account " + person.getUsername() + " is disabled");
    }
    Long departmentId = department(text(identity, settings.departmentClaim()));
    if (person == null) {
      long id = accounts.create(new Accounts.NewPerson(username, name, email, null, departmentId,
          null, null, null, null, null, admin.orElse(false)));
      person = em.find(Person.class, id);
    } else {
      update(person, name, email, departmentId, admin);
    }
    if (linked.isEmpty()) {
      em.createNativeQuery("insert into sso_link (issuer, subject, person_id) values (?, ?, ?)")
          .setParameter(1, identity.issuer())
          .setParameter(2, identity.subject())
          .setParameter(3, person.getId())
          .executeUpdate();
    }
    return Authenticator.principalOf(person);
  }

  private void update(Person person, String name, String email, Long departmentId, Optional<Boolean> admin) {
    boolean changed = false;
    String cleanName = UserText.plain(name);
    if (!cleanName.isEmpty() && !cleanName.equals(person.getDisplayName())) {
      person.setDisplayName(cleanName);
      changed = true;
    }
    if (email != null && !email.equals(person.getEmail())) {
      person.setEmail(email);
      changed = true;
    }
    Long current = person.getDepartment() == null ? null : person.getDepartment().getId();
    if (departmentId != null && !Objects.equals(departmentId, current)) {
      person.setDepartment(em.getReference(Department.class, departmentId));
      changed = true;
    }
    if (admin.isPresent() && admin.get() != person.isAdmin()) {
      person.setAdmin(admin.get());
      audit.record(admin.get() ? "person.admin.granted" : "person.admin.revoked", "person", person.getId(),
          "by the single sign-on admin group");
      changed = true;
    }
    if (changed) {
      events.fire(new PersonChanged(person.getId(), "updated"));
    }
  }

  private Optional<Person> linked(Identity identity) {
    List<?> ids = em.createNativeQuery("select person_id from sso_link where issuer = ? and subject = ?")
        .setParameter(1, identity.issuer())
        .setParameter(2, identity.subject())
        .getResultList();
    return ids.stream().findFirst().map(id -> em.find(Person.class, ((Number) id).longValue()));
  }

  private Optional<Person> byEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    List<Person> same = em.createQuery("select p from Person p where lower(p.email) = lower(:e)", Person.class)
        .setParameter("e", email)
        .getResultList();
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty(); // two matches: no guessing
  }

  private Long department(String name) {
    if (name == null || UserText.plain(name).isEmpty() || name.length() > 120) {
      return null;
    }
    return accounts.departmentNamed(name).orElseGet(() -> accounts.createDepartment(name, null));
  }

  /** The username claim, lower case; a UPN or email ({@code jane@corp.example}) gives its local part. */
  private String username(Identity identity) throws SsoFailure {
    String value = text(identity, settings.usernameClaim());
    if (value == null) {
      throw new SsoFailure(Code.CLAIMS, "the provider sent no '" + settings.usernameClaim() + "' claim");
    }
    String username = value.toLowerCase(Locale.ROOT);
    int at = username.indexOf('@');
    username = at > 0 ? username.substring(0, at) : username;
    if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      throw new SsoFailure(Code.CLAIMS, "the '" + settings.usernameClaim() + "' claim " + value
          + " is not a usable username (2-64 of a-z, 0-9, '.', '_', '-')");
    }
    return username;
  }

  private String email(Identity identity) {
    String email = text(identity, settings.emailClaim());
    return email != null && email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+") ? email : null;
  }

  /** Linking by email trusts only addresses the provider has not marked unverified. */
  private static boolean verifiedEmail(Identity identity) {
    return !Boolean.FALSE.equals(identity.claims().get("email_verified"));
  }

  private static String text(Identity identity, String claim) {
    Object value = identity.claims().get(claim);
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  private Collection<String> groups(Identity identity) {
    Object value = identity.claims().get(settings.groupsClaim());
    if (value instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value instanceof String s ? List.of(s.split("[\\s,]+")) : List.of();
  }
}
