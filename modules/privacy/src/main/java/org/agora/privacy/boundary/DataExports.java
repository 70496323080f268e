package org.agora.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.privacy.control.ExportRate;
import org.agora.privacy.control.ExportStore;
import org.agora.privacy.entity.ExportStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's export of their own data (GDPR Art. 15 and 20): asked for here, made in the
 * background by {@link ExportJobs}, kept {@code agora.privacy.export.keep-days} (default 7), at
 * most one per person per hour.
 */
@ApplicationScoped
@Transactional
public class DataExports {

  /** The person must wait before asking again. */
  public static final class TooSoon extends RuntimeException {

    private final Duration wait;

    TooSoon(Duration wait) {
      super("You asked for an export less than an hour ago; ask again in " + wait.toMinutes() + " min.", null, false, false);
      this.wait = wait;
    }

    public Duration waitFor() {
      return wait;
    }
  }

  /** Fired when an export was asked for, so the job starts after commit instead of at its next round. */
  public record Requested(long exportId) {}

  @Inject ExportStore store;
  @Inject Clock clock;
  @Inject Event<Requested> requested;
  @Inject @ConfigProperty(name = "agora.privacy.export.keep-days", defaultValue = "7") int keepDays;

  /** Starts an export of the caller's data; refuses with {@link TooSoon} within an hour of the last one. */
  public ExportStatus request(AgoraPrincipal caller) {
    store.lockPerson(caller.id());
    Instant now = clock.instant();
    Optional<Duration> wait = ExportRate.waitAfter(store.lastRequested(caller.id()), now);
    if (wait.isPresent()) {
      throw new TooSoon(wait.get());
    }
    long id = store.create(caller.id(), now, now.plus(Duration.ofDays(keepDays)));
    requested.fire(new Requested(id));
    return store.newest(caller.id(), now).orElseThrow();
  }

  /** The caller's newest export still kept, if any. */
  public Optional<ExportStatus> newest(AgoraPrincipal caller) {
    return store.newest(caller.id(), clock.instant());
  }

  /** The ZIP of the caller's newest export, when it is ready. */
  public Optional<byte[]> archive(AgoraPrincipal caller) {
    return newest(caller).filter(ExportStatus::ready).map(s -> store.archive(s.id()));
  }
}
