package org.agora.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RecurringJobTest {

  static final Logger LOG = Logger.getLogger(RecurringJobTest.class.getName());

  @Test
  void aFailedRoundDoesNotStopTheSchedule() throws InterruptedException {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    CountDownLatch threeRounds = new CountDownLatch(3);
    RecurringJob job = new RecurringJob("test", LOG, () -> {
      threeRounds.countDown();
      throw new IllegalStateException("database away");
    });
    try {
      job.start(scheduler, Duration.ofMillis(5));
      assertThat(threeRounds.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      job.stop();
      scheduler.shutdownNow();
    }
  }

  @Test
  void aRoundAskedForWhileOneRunsIsSkipped() throws InterruptedException {
    CountDownLatch inRound = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger rounds = new AtomicInteger();
    RecurringJob job = new RecurringJob("test", LOG, () -> {
      rounds.incrementAndGet();
      inRound.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Thread first = new Thread(job::runOnce);
    first.start();
    assertThat(inRound.await(5, TimeUnit.SECONDS)).isTrue();

    assertThat(job.runOnce()).isFalse();

    release.countDown();
    first.join();
    assertThat(rounds).hasValue(1);
    assertThat(job.runOnce()).isTrue();
  }
}
