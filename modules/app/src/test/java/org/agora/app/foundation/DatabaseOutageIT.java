package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.MicroNode;
import org.agora.app.testing.PrivatePostgres;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted under load: one Payara Micro on a PostgreSQL server of this test's own
 * (never the machine's shared one), colleagues reading their home feed and posting without pause;
 * the server is stopped for ten seconds and started again. During the outage every request fails
 * fast with 503 problem+json; afterwards the pool heals by itself, and nothing acknowledged is lost.
 */
class DatabaseOutageIT {

  static final Duration FAST = Duration.ofSeconds(2);
  static final Duration RECOVERY = Duration.ofSeconds(30);

  static PrivatePostgres postgres;
  static MicroNode node;

  @BeforeAll
  static void startNodeOnAPrivateServer() {
    assumeTrue(MicroNode.available() && PrivatePostgres.available(), "needs the Payara Micro and PostgreSQL binaries Maven copies");
    postgres = PrivatePostgres.start();
    node = MicroNode.alone("pg-outage", postgres.jdbcUrl(), true);
    node.awaitReady(MicroNode.STARTUP);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** One request: when it started and ended (nanoTime), what it answered (the body only if unexpected). */
  record Call(long start, long end, int status, String contentType, String retryAfter, Long postId, String unexpectedBody) {
    Duration took() {
      return Duration.ofNanos(end - start);
    }

    boolean within(long from, long to) {
      return start >= from && end <= to;
    }
  }

  @Test
  void requestsFailFastWith503WhileTheDatabaseIsDownAndThePoolRecoversByItself() throws Exception {
    URL base = node.base().toURL();
    Colleagues engineering = Colleagues.of(base, "Engineering");
    List<Api> clients = new ArrayList<>();
    for (int person = 0; person < 4; person++) {
      String token = engineering.as(person).post("api/v1/me/tokens", "{\"name\":\"outage load\"}").json().getString("token");
      clients.add(Api.anonymous(base).withToken(token));
    }
    List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService load = Executors.newFixedThreadPool(clients.size());
    long stopping;
    long stopped;
    long restarted;
    long loadEnds;
    try {
      long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      for (Api client : clients) {
        load.submit(() -> drive(client, calls, end));
      }
      Thread.sleep(5000);
      // Requests that end while the server shuts down may already fail: "before" ends here.
      stopping = System.nanoTime();
      postgres.stopServer();
      stopped = System.nanoTime();
      Thread.sleep(10_000);
      restarted = System.nanoTime();
      postgres.startServer();
      // Load goes on until it has run successfully for a while, or the recovery time is over.
      loadEnds = awaitRecovery(calls, restarted);
      Thread.sleep(3000);
    } finally {
      load.shutdownNow();
      assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    List<Call> all = List.copyOf(calls);
    long before = System.nanoTime();

    List<Call> neither = all.stream().filter(c -> c.status() / 100 != 2 && c.status() != 503).toList();
    assertThat(neither).as(() -> "answers neither a success nor a 503 (stopping at " + stopping + ", restarted at " + restarted
            + "); the node logged:\n" + node.logAround(40, "incident ", "HTTP 500 response will be returned"))
        .isEmpty();
    assertThat(all.stream().filter(c -> c.end() < stopping)).as("before the outage").isNotEmpty()
        .allMatch(c -> c.status() / 100 == 2, "2xx");

    List<Call> during = all.stream().filter(c -> c.within(stopped, restarted)).toList();
    assertThat(during).as("requests while PostgreSQL is down").hasSizeGreaterThan(20)
        .allMatch(c -> c.status() == 503, "503")
        .allMatch(c -> c.contentType().startsWith("application/problem+json"), "problem+json")
        .allMatch(c -> c.retryAfter() != null, "Retry-After")
        .allMatch(c -> c.took().compareTo(FAST) < 0, "answered within " + FAST);
    System.out.printf("PostgreSQL outage: %d requests during it, all 503, slowest %d ms; pool recovered %d ms after the restart;"
            + " %d requests in all%n", during.size(),
        during.stream().mapToLong(c -> c.took().toMillis()).max().orElse(0),
        Duration.ofNanos(loadEnds - restarted).toMillis(), all.size());
    Api.Answer ready = Api.anonymous(base).get("health/ready");
    assertThat(ready.status()).as("ready again: " + ready).isEqualTo(200);

    assertThat(loadEnds).as("the pool recovered within " + RECOVERY + " of the restart").isLessThan(before);
    assertThat(all.stream().filter(c -> c.start() > loadEnds)).as("after recovery").isNotEmpty()
        .allMatch(c -> c.status() / 100 == 2, "2xx");

    Set<Long> acknowledged = new HashSet<>();
    all.stream().filter(c -> c.postId() != null).forEach(c -> acknowledged.add(c.postId()));
    assertThat(stored(acknowledged)).as("acknowledged posts after the restart").containsExactlyInAnyOrderElementsOf(acknowledged);
  }

  /**
   * A commit that fails after the method returned (here a deferred constraint trigger refuses the
   * post at COMMIT; in an outage, the server going away just before it) reaches JAX-RS wrapped in a
   * {@code TransactionalException}, for which Jersey's own mapper answered an HTML 500.
   */
  @Test
  void aCommitThatFailsAnswersProblemJsonNeverAnHtmlPage() throws Exception {
    try (Connection c = postgres.connect(); Statement sql = c.createStatement()) {
      sql.execute("""
          create function refuse_at_commit() returns trigger language plpgsql as $$
          begin
            if new.text like '%refuse me at commit%' then raise exception 'refused at commit by the test'; end if;
            return null;
          end $$""");
      sql.execute("create constraint trigger refuse_at_commit after insert on activity deferrable initially deferred"
          + " for each row execute function refuse_at_commit()");
    }
    try {
      Api author = Colleagues.of(node.base().toURL(), "Engineering").as(0);
      Api.Answer refused = author.post("api/v1/posts", "{\"text\":\"Please refuse me at commit\"}");
      assertThat(refused.status()).as(refused.toString()).isEqualTo(500);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body()).contains("incident");
      assertThat(author.post("api/v1/posts", "{\"text\":\"An ordinary post\"}").status()).isEqualTo(201);
      try (Connection c = postgres.connect(); Statement sql = c.createStatement();
          ResultSet stored = sql.executeQuery("select count(*) from activity where text like '%refuse me at commit%'")) {
        assertThat(stored.next()).isTrue();
        assertThat(stored.getLong(1)).as("the refused post").isZero();
      }
    } finally {
      try (Connection c = postgres.connect(); Statement sql = c.createStatement()) {
        sql.execute("drop trigger refuse_at_commit on activity");
        sql.execute("drop function refuse_at_commit()");
      }
    }
  }

  private static Void drive(Api client, List<Call> calls, long end) {
    for (int i = 0; System.nanoTime() < end && !Thread.currentThread().isInterrupted(); i++) {
      long start = System.nanoTime();
      try {
        Api.Answer answer = i % 3 == 2
            ? client.post("api/v1/posts", "{\"text\":\"Through a database restart " + i + "\"}")
            : client.get("api/v1/feed/home?limit=20");
        Long id = answer.status() == 201 ? answer.json().getJsonNumber("id").longValue() : null;
        String unexpected = answer.status() / 100 == 2 || answer.status() == 503 ? null : answer.body();
        calls.add(new Call(start, System.nanoTime(), answer.status(), answer.contentType(), answer.header("Retry-After"), id, unexpected));
      } catch (IllegalStateException interrupted) {
        return null;
      }
    }
    return null;
  }

  /** The nanoTime from which every call succeeded for two seconds; fails after {@link #RECOVERY}. */
  private static long awaitRecovery(List<Call> calls, long restarted) throws InterruptedException {
    long deadline = restarted + RECOVERY.toNanos();
    while (System.nanoTime() < deadline) {
      Thread.sleep(250);
      List<Call> snapshot = List.copyOf(calls);
      long lastFailure = Math.max(restarted, snapshot.stream().filter(c -> c.status() / 100 != 2).mapToLong(Call::end).max().orElse(restarted));
      long successesSince = snapshot.stream().filter(c -> c.start() > lastFailure).count();
      if (successesSince >= 10 && System.nanoTime() - lastFailure > Duration.ofSeconds(2).toNanos()) {
        return lastFailure;
      }
    }
    return Long.MAX_VALUE;
  }

  private static Set<Long> stored(Set<Long> ids) throws Exception {
    try (Connection c = postgres.connect()) {
      return TestDatabase.longs(c, "select id from activity where id = any(?)", ids);
    }
  }
}
