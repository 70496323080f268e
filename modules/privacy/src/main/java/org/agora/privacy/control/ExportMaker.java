package org.agora.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Makes the waiting exports one after the other: asks each module for its files (each in a
 * transaction of its own), moves the progress after each, and stores the ZIP. An export whose
 * maker stopped (a node went away) is taken again after ten minutes.
 */
@ApplicationScoped
public class ExportMaker {

  private static final Logger LOG = Logger.getLogger(ExportMaker.class.getName());
  static final Duration STALE = Duration.ofMinutes(10);

  @Inject ExportStore store;
  @Inject PersonalDataModules modules;
  @Inject Clock clock;

  /** Makes every export that waits; answers how many it made. */
  public int makeWaiting() {
    int made = 0;
    for (Optional<ExportStore.Claimed> next = claim(); next.isPresent(); next = claim()) {
      make(next.get());
      made++;
    }
    return made;
  }

  private Optional<ExportStore.Claimed> claim() {
    Instant now = clock.instant();
    return store.claimNext(now, now.minus(STALE));
  }

  private void make(ExportStore.Claimed export) {
    try {
      List<PersonalData> all = modules.all();
      List<PersonalDataFile> files = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        files.addAll(modules.export(all.get(i), export.personId()));
        store.progress(export.id(), 5 + 90 * (i + 1) / all.size());
      }
      store.finish(export.id(), ExportArchive.zip(files, clock.instant()), clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "data export " + export.id() + " failed", e);
      store.fail(export.id(), clock.instant());
    }
  }
}
