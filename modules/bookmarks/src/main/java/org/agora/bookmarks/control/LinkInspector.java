package org.agora.bookmarks.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.bookmarks.entity.BookmarkSaved;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Visits saved links in the background, never inside a request: right after a bookmark without a
 * title is saved (to fetch the page's title), and periodically to find links that died. Visits
 * run on the server's managed executors; the database claims make sure that with several nodes
 * each due link is visited by one of them.
 */
@ApplicationScoped
public class LinkInspector {

  private static final Logger LOG = Logger.getLogger(LinkInspector.class.getName());
  /** Title fetches waiting or running; beyond this, the periodic check catches up instead. */
  static final int MAX_PENDING_TITLE_FETCHES = 64;

  @Inject LinkChecks checks;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject @ConfigProperty(name = "agora.bookmarks.fetch.allow-hosts") Optional<String> allowHosts;
  @Inject @ConfigProperty(name = "agora.bookmarks.fetch.deny-hosts") Optional<String> denyHosts;
  @Inject @ConfigProperty(name = "agora.bookmarks.fetch.only-allowed-hosts", defaultValue = "false") boolean onlyAllowed;
  @Inject @ConfigProperty(name = "agora.bookmarks.fetch.allow-private-networks", defaultValue = "false") boolean allowPrivate;
  @Inject @ConfigProperty(name = "agora.bookmarks.fetch.timeout-seconds", defaultValue = "5") int timeoutSeconds;
  @Inject @ConfigProperty(name = "agora.bookmarks.linkcheck.enabled", defaultValue = "true") boolean periodic;
  @Inject @ConfigProperty(name = "agora.bookmarks.linkcheck.interval-minutes", defaultValue = "30") int intervalMinutes;
  @Inject @ConfigProperty(name = "agora.bookmarks.linkcheck.recheck-after-days", defaultValue = "7") int recheckDays;
  @Inject @ConfigProperty(name = "agora.bookmarks.linkcheck.batch", defaultValue = "200") int batch;
  @Inject @ConfigProperty(name = "agora.bookmarks.linkcheck.failures-before-broken", defaultValue = "2") int failuresBeforeBroken;

  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private final AtomicInteger queued = new AtomicInteger();
  private final RecurringJob periodicCheck = new RecurringJob("link check", LOG,
      () -> checkDue(Instant.now(clock).minus(Duration.ofDays(recheckDays)), batch));
  private PageFetcher fetcher;

  @PostConstruct
  void configure() {
    fetcher = new PageFetcher(new FetchPolicy(hosts(allowHosts), hosts(denyHosts), onlyAllowed, allowPrivate,
        Duration.ofSeconds(timeoutSeconds), 512 * 1024, 3));
  }

  void start(@Observes SchemaMigrated schema) {
    if (periodic) {
      periodicCheck.start(scheduler, Duration.ofMinutes(intervalMinutes));
    }
  }

  /** A comma-separated list of host names or {@code *.domain} patterns. */
  private static List<String> hosts(Optional<String> list) {
    return list.map(s -> List.of(s.split(","))).orElse(List.of());
  }

  @PreDestroy
  void stop() {
    periodicCheck.stop();
  }

  /**
   * After a bookmark is committed, fetch its page's title if it has none. Everything, the database
   * included, happens on the executor: after-commit callbacks run outside the component's context.
   */
  void titleWanted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookmarkSaved saved) {
    if (queued.incrementAndGet() > MAX_PENDING_TITLE_FETCHES) {
      queued.decrementAndGet();
      return; // a big import, say: the periodic check visits never-visited links first
    }
    try {
      executor.execute(() -> {
        try {
          fetchTitle(saved.bookmarkId());
        } finally {
          queued.decrementAndGet();
        }
      });
    } catch (RuntimeException e) {
      queued.decrementAndGet();
      LOG.log(Level.WARNING, "could not queue a title fetch for bookmark " + saved.bookmarkId(), e);
    }
  }

  private void fetchTitle(long bookmarkId) {
    try {
      for (long linkId : checks.linkWantingTitle(bookmarkId)) {
        if (pending.add(linkId)) {
          visitNow(linkId);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not fetch the title for bookmark " + bookmarkId, e);
    }
  }

  /** Starts a check of every link not visited since {@code before}, in the background. */
  public void checkInBackground(Instant before) {
    executor.execute(() -> checkDue(before, Integer.MAX_VALUE));
  }

  private void visitNow(long linkId) {
    try {
      for (LinkChecks.DueLink link : checks.claim(linkId)) {
        checks.record(link.id(), fetcher.visit(link.url()), failuresBeforeBroken);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "visiting link " + linkId + " failed", e);
    } finally {
      pending.remove(linkId);
    }
  }

  /** Visits due links, 50 claimed at a time, until none is due or {@code max} were visited. */
  private void checkDue(Instant before, int max) {
    List<LinkChecks.DueLink> due;
    int visited = 0;
    int dead = 0;
    do {
      due = checks.claimDue(before, 50);
      for (LinkChecks.DueLink link : due) {
        PageVisit visit = fetcher.visit(link.url());
        checks.record(link.id(), visit, failuresBeforeBroken);
        visited++;
        dead += visit.outcome() == PageVisit.Outcome.DEAD ? 1 : 0;
      }
    } while (!due.isEmpty() && visited < max);
    if (visited > 0) {
      LOG.info("link check: " + visited + " links visited, " + dead + " did not answer");
    }
  }
}
