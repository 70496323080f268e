package org.agora.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.platform.entity.Roles;
import org.agora.privacy.control.ErasureStore;
import org.agora.privacy.control.PersonalDataModules;
import org.agora.privacy.entity.ErasureOutcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An admin erases a person's data (GDPR Art. 17): every module's {@link PersonalData} bean erases
 * its share in {@code erasureOrder}, all in this one transaction, people last (it disables and
 * anonymises the account). What the person wrote is kept under "Former colleague" or deleted, as
 * {@code agora.privacy.erasure.keep-content} says (default true). The audit log keeps that it
 * happened, by whom and why. A second erasure of the same person answers the first one's outcome.
 */
@ApplicationScoped
@Transactional
public class Erasures {

  static final int MAX_REASON = 500;

  @Inject ErasureStore store;
  @Inject PersonalDataModules modules;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject @ConfigProperty(name = "agora.privacy.erasure.keep-content", defaultValue = "true") boolean keepContent;

  @RolesAllowed(Roles.ADMIN)
  public ErasureOutcome erase(AgoraPrincipal admin, long personId, String reason) {
    String why = UserText.plain(reason);
    if (why == null || why.isBlank()) {
      throw Refusal.invalid("reason", "must not be blank");
    }
    if (why.length() > MAX_REASON) {
      throw Refusal.invalid("reason", "at most " + MAX_REASON + " characters");
    }
    if (admin.id() == personId) {
      throw Refusal.conflict("You cannot erase your own account; another admin can.");
    }
    store.lockPerson(personId);
    Optional<ErasureOutcome> done = store.find(personId);
    if (done.isPresent()) {
      return done.get();
    }
    if (!store.personExists(personId)) {
      throw Refusal.notFound("No person with id " + personId);
    }
    for (PersonalData module : modules.inErasureOrder()) {
      module.erase(personId, keepContent);
    }
    // In microseconds, as PostgreSQL keeps it: a repeated erasure answers exactly the same.
    ErasureOutcome outcome = new ErasureOutcome(personId, clock.instant().truncatedTo(ChronoUnit.MICROS), admin.id(),
        keepContent);
    store.record(outcome);
    audit.record("person.erased", "person", personId,
        (keepContent ? "content kept; " : "content deleted; ") + "reason: " + why);
    return outcome;
  }

  /** Whether the person's data was erased, and how. */
  @RolesAllowed(Roles.ADMIN)
  public Optional<ErasureOutcome> find(long personId) {
    return store.find(personId);
  }
}
