package org.agora.app.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polling for what becomes true a little later (searchable after the outbox relay has run). */
public final class Eventually {

  /** How long a search test waits for a document to become searchable. */
  public static final Duration PATIENCE = Duration.ofSeconds(90);

  private Eventually() {}

  /** Polls until the answer satisfies the condition; fails with the last answer after {@link #PATIENCE}. */
  public static <T> T eventually(Supplier<T> answer, Predicate<T> condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    T last = null;
    while (System.nanoTime() < deadline) {
      try {
        last = answer.get();
        if (condition.test(last)) {
          return last;
        }
      } catch (RuntimeException | AssertionError e) {
        // not there yet (a 503 while Elasticsearch starts answers no JSON object we expect)
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("not within " + PATIENCE + "; last answer: " + last);
  }
}
