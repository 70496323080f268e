package org.agora.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.platform.boundary.Outbox;
import org.agora.platform.entity.OutboxRow;
import org.agora.search.entity.IndexRebuild;

/**
 * Builds indexes from PostgreSQL behind their aliases with zero downtime: fill a new versioned
 * index while searches keep using the old one, swap the alias in one atomic step, delete the old
 * index, then re-apply what changed meanwhile. A PostgreSQL advisory lock keeps nodes from
 * rebuilding at the same time.
 */
@ApplicationScoped
@Transactional
public class IndexRebuilder {

  private static final Logger LOG = Logger.getLogger(IndexRebuilder.class.getName());
  /** How long the first refresh of a rebuilt index may take (see {@link #refreshPatiently}). */
  static final Duration REFRESH_PATIENCE = Duration.ofMinutes(10);
  private static final long LOCK = 0x5EA2C4L; // any constant: the key of the advisory lock
  private static final int PAGE = 500;
  /** The refresh interval every mapping sets; a rebuild turns refreshing off until it is filled. */
  static final String REFRESH_INTERVAL = "1s";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  @PersistenceContext EntityManager em;
  @Inject ElasticsearchClient client;
  @Inject DocumentWriter writer;
  @Inject IndexDefinitions definitions;
  @Inject Clock clock;
  @Inject Outbox outbox;

  /** Rebuilds every index; empty when another node is rebuilding right now. */
  public Optional<List<IndexRebuild>> rebuildAll() {
    if (!lock()) {
      return Optional.empty();
    }
    long mark = outboxMark();
    List<IndexRebuild> rebuilt = new ArrayList<>();
    for (IndexDefinition definition : definitions.all()) {
      rebuilt.add(rebuild(definition, definition.versionedName() + "-" + STAMP.format(clock.instant()), mark));
    }
    return Optional.of(rebuilt);
  }

  /**
   * Creates and fills the indexes that have no alias yet (a new installation, or an Elasticsearch
   * that lost its data), and rebuilds those whose alias still points at an index of an older
   * mapping version (an upgrade): searches use the old index until the new one is filled and the
   * alias swapped. False when another node holds the lock: try again later.
   */
  public boolean ensureAll() {
    List<IndexDefinition> stale = definitions.all().stream().filter(d -> !current(d)).toList();
    if (stale.isEmpty()) {
      return true;
    }
    if (!lock()) {
      return false;
    }
    long mark = outboxMark();
    for (IndexDefinition definition : stale) {
      if (!current(definition)) {
        IndexRebuild built = rebuild(definition, definition.versionedName(), mark);
        LOG.info(() -> "built " + built.index() + " behind " + built.alias() + " with " + built.documents()
            + " documents" + (built.previousIndex().isEmpty() ? "" : ", replacing " + built.previousIndex()));
      }
    }
    return true;
  }

  /** Whether the alias exists and points at an index of the definition's mapping version. */
  private boolean current(IndexDefinition definition) {
    Set<String> behind = indexesBehind(definition.alias());
    return !behind.isEmpty() && behind.stream().allMatch(index -> ofVersion(index, definition));
  }

  /** {@code agora-people-v2} and its rebuilds {@code agora-people-v2-20261206...} are of version 2. */
  static boolean ofVersion(String index, IndexDefinition definition) {
    String name = definition.versionedName();
    return index.equals(name) || index.startsWith(name + "-");
  }

  private IndexRebuild rebuild(IndexDefinition definition, String index, long mark) {
    long started = System.nanoTime();
    String alias = definition.alias();
    Set<String> previous = indexesBehind(alias);
    deleteIfExists(index);
    create(definition, index);
    try {
      // Nobody searches the new index before the alias swap: refreshing while filling is wasted work.
      refreshEvery("-1", index);
      fill(definition, index, mark);
      refreshEvery(REFRESH_INTERVAL, index);
      refreshPatiently(index);
      long documents = SearchUnavailable.guard("count", () -> client.count(c -> c.index(index))).count();
      swapAlias(alias, previous, index);
      catchUp(definition, mark);
      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      return new IndexRebuild(
          alias, index, String.join(",", previous), documents, definition.databaseCount(), tookMillis);
    } catch (RuntimeException e) {
      if (!indexesBehind(alias).contains(index)) {
        deleteQuietly(index);
      }
      throw e;
    }
  }

  private void fill(IndexDefinition definition, String index, long mark) {
    long after = 0;
    List<Long> ids;
    do {
      ids = definition.idsAfter(after, PAGE);
      if (!ids.isEmpty()) {
        writer.fill(index, definition.documents(ids), mark);
        after = ids.get(ids.size() - 1);
        em.clear(); // a rebuild of many thousands must not keep them all in memory
      }
    } while (ids.size() == PAGE);
  }

  /** Re-applies what changed while the new index was filled: the outbox rows after the mark. */
  private void catchUp(IndexDefinition definition, long mark) {
    List<OutboxRow> rows;
    long after = mark;
    do {
      rows = outbox.after(after, PAGE);
      Map<Long, Long> versions = definitions.changes(rows).getOrDefault(definition, Map.of());
      if (!versions.isEmpty()) {
        writer.write(Map.of(definition, versions));
      }
      after = rows.isEmpty() ? after : rows.getLast().id();
    } while (rows.size() == PAGE);
  }

  private void create(IndexDefinition definition, String index) {
    String resource = definition.mappingResource();
    try (InputStream mapping = IndexDefinition.class.getResourceAsStream(resource)) {
      if (mapping == null) {
        throw new IllegalStateException("no mapping at " + resource);
      }
      CreateIndexRequest request = CreateIndexRequest.of(c -> c.withJson(mapping).index(index));
      SearchUnavailable.guard("create index " + index, () -> client.indices().create(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first refresh of a filled index writes its type-ahead suggestions, which takes Lucene long
   * when thousands of documents share an input (10,000 people named "User n" in the benchmark
   * organisation: more than the client's 10 s socket timeout, so every rebuild of the people index
   * failed). A refresh asked again waits for the one under way, so ask until it answers.
   */
  private void refreshPatiently(String index) {
    long deadline = System.nanoTime() + REFRESH_PATIENCE.toNanos();
    while (true) {
      try {
        SearchUnavailable.guard("refresh", () -> client.indices().refresh(r -> r.index(index)));
        return;
      } catch (SearchUnavailable e) {
        if (!timedOut(e) || System.nanoTime() - deadline > 0) {
          throw e;
        }
        LOG.info(() -> "the first refresh of " + index + " takes long (type-ahead suggestions are written): waiting");
      }
    }
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private void refreshEvery(String interval, String index) {
    SearchUnavailable.guard(
        "settings of " + index,
        () -> client.indices().putSettings(p -> p.index(index).settings(x -> x.refreshInterval(t -> t.time(interval)))));
  }

  private void swapAlias(String alias, Set<String> previous, String index) {
    SearchUnavailable.guard(
        "swap alias " + alias,
        () ->
            client.indices().updateAliases(u -> {
              previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
              return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            }));
    for (String old : previous) {
      deleteQuietly(old);
    }
  }

  boolean aliasExists(String alias) {
    return SearchUnavailable.guard("alias " + alias, () -> client.indices().existsAlias(e -> e.name(alias))).value();
  }

  private Set<String> indexesBehind(String alias) {
    if (!aliasExists(alias)) {
      return Set.of();
    }
    return SearchUnavailable.guard("alias " + alias, () -> client.indices().getAlias(g -> g.name(alias)))
        .aliases()
        .keySet();
  }

  private void deleteIfExists(String index) {
    boolean exists = SearchUnavailable.guard("index " + index, () -> client.indices().exists(e -> e.index(index))).value();
    if (exists) {
      SearchUnavailable.guard("delete " + index, () -> client.indices().delete(d -> d.index(index)));
    }
  }

  private void deleteQuietly(String index) {
    try {
      deleteIfExists(index);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not delete the index " + index + "; delete it by hand", e);
    }
  }

  private boolean lock() {
    return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
  }

  /** The newest outbox row now: everything up to it is in the data a rebuild reads. */
  private long outboxMark() {
    return outbox.newestId();
  }
}
