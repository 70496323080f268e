package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.agora.app.testing.Deployments;
import org.agora.platform.boundary.Retention;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: one run of the retention job deletes exactly the old, finished rows of
 * every table that grows with use, and keeps what replay, indexing, delivery and audit still need.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.agoraWith(RetentionIT.class);
  }

  @Inject Retention retention;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  @Test
  void oldFinishedRowsGoAndEverythingElseStays() throws Exception {
    Instant now = Instant.now();
    long admin = number("select id from person where username = 'admin'");
    String audit = "insert into audit_log (at, action) values (?1, 'retention.test') returning id";
    long auditOld = insert(audit, daysAgo(now, 401));
    long auditKept = insert(audit, daysAgo(now, 399));

    String notification = "insert into notification (recipient_id, type, group_key, created_at, read_at)"
        + " values (" + admin + ", 'MENTIONED', 'retention-test', ?1, cast(?2 as timestamptz)) returning id";
    long readOld = insert(notification, daysAgo(now, 91), daysAgo(now, 90));
    long readRecent = insert(notification, daysAgo(now, 89), daysAgo(now, 88));
    long unreadOld = insert(notification, daysAgo(now, 200), null);
    long unreadAncient = insert(notification, daysAgo(now, 366), null);

    String mail = "insert into mail_queue (dedupe_key, person_id, recipient, subject, text_body, html_body, status,"
        + " next_attempt_at, created_at) values (?1, " + admin + ", 'admin@agora.test', 's', 't', 'h', ?2, ?3, ?3)"
        + " returning id";
    long sentOld = insert(mail, "retention-" + now + "-1", "SENT", daysAgo(now, 31));
    long sentRecent = insert(mail, "retention-" + now + "-2", "SENT", daysAgo(now, 29));
    long failedMid = insert(mail, "retention-" + now + "-3", "FAILED", daysAgo(now, 100));
    long failedOld = insert(mail, "retention-" + now + "-4", "FAILED", daysAgo(now, 181));
    long pendingOld = insert(mail, "retention-" + now + "-5", "PENDING", daysAgo(now, 400));

    // A paused webhook: the dispatcher leaves it alone while the test runs.
    long webhook = insert("insert into webhook (owner_id, url, secret, event_types, active, created_at)"
        + " values (" + admin + ", 'https://hooks.example.org/retention', 'secret', 'post.created', false, ?1)"
        + " returning id", now);
    String delivery = "insert into webhook_delivery"
        + " (webhook_id, outbox_id, event_type, payload, status, next_attempt_at,"
        + " created_at) values (" + webhook + ", ?1, 'post.created', '{}', ?2, ?3, ?3) returning id";
    long deliveredOld = insert(delivery, 1L, "DELIVERED", daysAgo(now, 31));
    long deliveredRecent = insert(delivery, 2L, "DELIVERED", daysAgo(now, 29));
    long failedDeliveryKept = insert(delivery, 3L, "FAILED", daysAgo(now, 60));
    long failedDeliveryOld = insert(delivery, 4L, "FAILED", daysAgo(now, 91));
    long pendingDelivery = insert(delivery, 5L, "PENDING", daysAgo(now, 400));
    insert("insert into webhook_attempt (delivery_id, attempt, at, duration_ms) values (?1, 1, ?2, 5) returning id",
        deliveredOld, daysAgo(now, 31));

    String sync = "insert into directory_sync_run (started_at, finished_at, status, report)"
        + " values (?1, ?1, 'OK', '{}') returning id";
    long syncOld = insert(sync, daysAgo(now, 91));
    long syncRecent = insert(sync, daysAgo(now, 89));

    String post = "insert into activity (type, actor_id, text, html, created_at) values ('POST', " + admin
        + ", 'retention test', '<p>retention test</p>', ?1) returning id";
    long oldPost = insert(post, daysAgo(now, 120));
    long newPost = insert(post, now);
    insert("insert into home_timeline (owner_id, activity_id) values (" + admin + ", ?1) returning owner_id", oldPost);
    insert("insert into home_timeline (owner_id, activity_id) values (" + admin + ", ?1) returning owner_id", newPost);

    Map<String, Long> deleted = retention.purge(now);

    assertThat(deleted).containsKeys("outbox", "audit_log", "notification", "mail_queue", "webhook_delivery",
        "directory_sync_run", "home_timeline");
    assertThat(ids("audit_log", auditOld, auditKept)).containsExactly(auditKept);
    assertThat(ids("notification", readOld, readRecent, unreadOld, unreadAncient))
        .containsExactly(readRecent, unreadOld);
    assertThat(ids("mail_queue", sentOld, sentRecent, failedMid, failedOld, pendingOld))
        .containsExactly(sentRecent, failedMid, pendingOld);
    List<Long> deliveries =
        ids("webhook_delivery", deliveredOld, deliveredRecent, failedDeliveryKept, failedDeliveryOld, pendingDelivery);
    assertThat(deliveries).containsExactly(deliveredRecent, failedDeliveryKept, pendingDelivery);
    assertThat(number("select count(*) from webhook_attempt where delivery_id = " + deliveredOld)).isZero();
    assertThat(ids("directory_sync_run", syncOld, syncRecent)).containsExactly(syncRecent);
    String timeline = "select count(*) from home_timeline where owner_id = " + admin + " and activity_id = ";
    assertThat(number(timeline + oldPost)).isZero();
    assertThat(number(timeline + newPost)).isOne();
    assertThat(number("select count(*) from activity where id in (" + oldPost + ", " + newPost + ")"))
        .as("content stays; only the timeline cache goes").isEqualTo(2);
  }

  @Test
  void theOutboxKeepsWhatIsNotRelayedOrReadTheReplayWindowAndItsNewestRow() throws Exception {
    awaitRelayed();
    List<Long> paused = longs("update webhook set active = false where active returning id");
    long admin = number("select id from person where username = 'admin'");
    // A month from now, every row written so far is outside the 7-day replay window.
    Instant later = Instant.now().plus(Duration.ofDays(30));
    long relayed = outbox(Instant.now());
    awaitRelayed();
    try (Connection relay = lockingConnection()) {
      // Search's cursor, locked as the relay locks it while it works: the relay indexes nothing meanwhile.
      relay.createStatement().execute("select * from search_relay_cursor for update");
      long unrelayed = outbox(Instant.now());
      long afterUnrelayed = outbox(Instant.now());
      long inWindow = outbox(later.minus(Duration.ofDays(1)));
      // An active webhook has read up to just before `relayed`: nothing from there on may go.
      long webhook = insert("insert into webhook"
          + " (owner_id, url, secret, event_types, active, outbox_cursor, created_at) values (" + admin
          + ", 'https://hooks.example.org/hold', 'secret', 'post.created', true, ?1, now()) returning id",
          relayed - 1);

      retention.purge(later);
      assertThat(number("select count(*) from outbox where id < " + relayed)).as("relayed rows before the hold")
          .isZero();
      assertThat(ids("outbox", relayed, unrelayed, afterUnrelayed, inWindow))
          .containsExactly(relayed, unrelayed, afterUnrelayed, inWindow);

      execute("delete from webhook where id = " + webhook);
      retention.purge(later);
      assertThat(ids("outbox", relayed, unrelayed, afterUnrelayed, inWindow))
          .as("nothing from the first unrelayed row on").containsExactly(unrelayed, afterUnrelayed, inWindow);

      relay.createStatement().executeUpdate("update search_relay_cursor set last_id = " + inWindow);
      relay.commit();
      retention.purge(later);
      assertThat(ids("outbox", unrelayed, afterUnrelayed, inWindow)).as("the replay window").containsExactly(inWindow);

      execute("update outbox set created_at = ?1 where id = " + inWindow, later.minus(Duration.ofDays(8)));
      retention.purge(later);
      assertThat(number("select max(id) from outbox")).as("the newest row is where fresh clients start")
          .isGreaterThanOrEqualTo(inWindow);
    } finally {
      for (long id : paused) {
        execute("update webhook set active = true where id = " + id);
      }
    }
  }

  private static Connection lockingConnection() throws Exception {
    Properties login = new Properties();
    login.setProperty("user", System.getProperty("agora.db.user", "postgres"));
    login.setProperty("password", System.getProperty("agora.db.password", ""));
    Connection connection = new org.postgresql.Driver().connect(System.getProperty("agora.db.url"), login);
    connection.setAutoCommit(false);
    return connection;
  }

  /** Waits until search's relay has passed every outbox row, then gives up its gaps as if they were old. */
  private void awaitRelayed() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (number("select count(*) from outbox where id > (select last_id from search_relay_cursor)") > 0) {
      assertThat(System.nanoTime()).as("the relay indexed the demo data").isLessThan(deadline);
      Thread.sleep(250);
    }
    execute("delete from search_relay_gap");
  }

  private long outbox(Instant createdAt) throws Exception {
    return insert("insert into outbox (type, aggregate_type, aggregate_id, payload, created_at)"
        + " values ('retention.test', 'retention-test', 0, '{}', ?1) returning id", createdAt);
  }

  private static Instant daysAgo(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }

  /** Runs an insert ... returning id in a transaction of its own; instants become timestamptz. */
  private long insert(String sql, Object... parameters) throws Exception {
    return inTransaction(sql, parameters, query -> ((Number) query.getSingleResult()).longValue());
  }

  private void execute(String sql, Object... parameters) throws Exception {
    inTransaction(sql, parameters, query -> query.executeUpdate());
  }

  private <T> T inTransaction(String sql, Object[] parameters, Function<Query, T> run)
      throws Exception {
    tx.begin();
    try {
      var query = em.createNativeQuery(sql);
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        query.setParameter(i + 1, p instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : p);
      }
      return run.apply(query);
    } finally {
      tx.commit();
    }
  }

  private long number(String sql) throws Exception {
    tx.begin();
    try {
      return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    } finally {
      tx.commit();
    }
  }

  private List<Long> ids(String table, long... ids) throws Exception {
    StringBuilder in = new StringBuilder();
    for (long id : ids) {
      in.append(in.isEmpty() ? "" : ",").append(id);
    }
    return longs("select id from " + table + " where id in (" + in + ") order by id");
  }

  @SuppressWarnings("unchecked")
  private List<Long> longs(String sql) throws Exception {
    tx.begin();
    try {
      return ((List<Number>) em.createNativeQuery(sql).getResultList()).stream().map(Number::longValue).toList();
    } finally {
      tx.commit();
    }
  }
}
