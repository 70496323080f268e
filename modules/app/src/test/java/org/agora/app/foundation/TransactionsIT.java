package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import org.agora.app.testing.Deployments;
import org.agora.people.boundary.Accounts;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: a write and its domain events commit together or not at all, and the
 * audit log keeps what admins do.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.agoraWith(TransactionsIT.class);
  }

  @Inject Accounts accounts;
  @Inject AuditLog auditLog;
  @Inject UserTransaction tx;

  @PersistenceContext EntityManager em;

  @Test
  void aCommittedWriteLeavesItsEventInTheOutbox() throws Exception {
    long id = accounts.create(newPerson("outbox.commit"));
    assertThat(outboxRows("person.created", id)).isEqualTo(1);
  }

  @Test
  void aRolledBackWriteLeavesNeitherRowNorEvent() throws Exception {
    tx.begin();
    long id = accounts.create(newPerson("outbox.rollback"));
    tx.rollback();

    assertThat(accounts.findByUsername("outbox.rollback")).isEmpty();
    assertThat(outboxRows("person.created", id)).isZero();
  }

  @Test
  void aDuplicateUsernameIsAConflictAndChangesNothing() throws Exception {
    accounts.create(newPerson("outbox.twice"));
    long before = accounts.countPeople();
    assertThatThrownBy(() -> accounts.create(newPerson("Outbox.Twice")))
        .isInstanceOf(ConflictException.class);
    assertThat(accounts.countPeople()).isEqualTo(before);
  }

  @Test
  void auditEntriesAreKeptNewestFirst() {
    auditLog.record("test.first", "person", 1L, "one");
    auditLog.record("test.second", "person", 1L, "two");
    var page = auditLog.list(PageRequest.of(2, null));
    assertThat(page.items()).extracting(e -> e.getAction()).containsExactly("test.second", "test.first");
    assertThat(page.items().get(0).getActorUsername()).isEqualTo("system");
  }

  private long outboxRows(String type, long aggregateId) throws Exception {
    return em.createQuery(
            "select count(o) from OutboxEvent o where o.type = :t and o.aggregateId = :id", Long.class)
        .setParameter("t", type)
        .setParameter("id", aggregateId)
        .getSingleResult();
  }

  private static Accounts.NewPerson newPerson(String username) {
    return new Accounts.NewPerson(
        username, "Test Person", null, null, null, null, null, null, Set.of(), null, false);
  }
}
