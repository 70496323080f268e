package org.agora.live.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.agora.live.control.FakeSocket.Completion;
import org.agora.live.entity.CloseCodes;
import org.agora.platform.entity.AgoraPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One stream's send queue: order, one write at a time, back-pressure, close, and the replay hand-over. */
class LiveSessionTest {

  private static final AgoraPrincipal ANNA = new AgoraPrincipal(42, "anna", false);
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final List<FakeSocket> sockets = new ArrayList<>();

  @AfterEach
  void shutDown() {
    sockets.forEach(FakeSocket::shutDown);
  }

  @Test
  void framesAreWrittenInTheOrderSentOneAtATime() {
    FakeSocket socket = socket(Completion.BY_HAND);
    LiveSession session = session(socket, 8);

    session.send("a");
    session.send("b");
    session.send("c");

    assertThat(socket.inFlight()).containsExactly("a");
    assertThat(session.queued()).isEqualTo(3);
    socket.completeNext();
    assertThat(socket.inFlight()).containsExactly("b");
    socket.completeNext();
    socket.completeNext();
    assertThat(socket.written()).containsExactly("a", "b", "c");
    assertThat(socket.maxInFlight()).isEqualTo(1);
    assertThat(session.queued()).isZero();
  }

  @Test
  void aSlowClientIsToldToResyncAndClosedWhenItsQueueIsFull() {
    FakeSocket socket = socket(Completion.BY_HAND);
    LiveSession session = session(socket, 3);

    IntStream.rangeClosed(1, 4).forEach(i -> session.send("f" + i)); // f1 in flight, f2-f4 wait
    assertThat(socket.closedWith()).isNull();
    session.send("f5");

    assertThat(socket.sentAside()).singleElement().asString().contains("\"type\":\"resync\"").contains("slow-consumer");
    assertThat(socket.closedWith().getCloseCode().getCode()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
    session.send("f6");
    socket.completeNext();
    assertThat(socket.written()).containsExactly("f1");
    assertThat(socket.inFlight()).isEmpty();
  }

  @Test
  void closingDropsTheWaitingFrames() {
    FakeSocket socket = socket(Completion.BY_HAND);
    LiveSession session = session(socket, 8);
    session.send("a");
    session.send("b");

    session.close(CloseCodes.POLICY, "token revoked");

    assertThat(socket.closedWith().getCloseCode().getCode()).isEqualTo(CloseCodes.POLICY);
    socket.completeNext();
    session.send("c");
    assertThat(socket.written()).containsExactly("a");
    assertThat(socket.inFlight()).isEmpty();
  }

  @Test
  void closingAfterQueuedWritesTheWaitingFramesFirst() {
    FakeSocket socket = socket(Completion.BY_HAND);
    LiveSession session = session(socket, 8);
    session.send("a");
    session.send("error: bad token");

    session.closeAfterQueued(CloseCodes.POLICY, "bad token");
    session.send("too late");

    assertThat(socket.closedWith()).isNull();
    socket.completeNext();
    assertThat(socket.closedWith()).isNull();
    socket.completeNext();
    assertThat(socket.written()).containsExactly("a", "error: bad token");
    assertThat(socket.closedWith().getReasonPhrase()).isEqualTo("bad token");
  }

  @Test
  void aFailedWriteEndsTheStream() {
    FakeSocket socket = socket(Completion.BY_HAND);
    LiveSession session = session(socket, 8);
    session.send("a");
    session.send("b");

    socket.failNext();
    session.send("c");

    assertThat(socket.written()).isEmpty();
    assertThat(socket.inFlight()).isEmpty();
    assertThat(session.queued()).isZero();
  }

  @Test
  void aContainerThatReportsWritesOnTheWritingThreadDoesNotDeepenTheStack() {
    FakeSocket socket = socket(Completion.BY_HAND);
    LiveSession session = session(socket, 200_000);
    IntStream.range(0, 100_000).forEach(i -> session.send("f" + i));

    socket.completeFrom(Completion.ON_THE_WRITING_THREAD);
    socket.completeNext();

    assertThat(socket.written()).hasSize(100_000).endsWith("f99999");
    assertThat(session.queued()).isZero();
  }

  @Test
  void framesFromSeveralThreadsAllArriveEachThreadsInTheirOrder() throws Exception {
    FakeSocket socket = socket(Completion.ON_THE_CONTAINER_THREAD);
    LiveSession session = session(socket, 100_000);
    int threads = 4;
    int frames = 2_000;

    race(threads, t -> IntStream.range(0, frames).forEach(i -> session.send(t + ":" + i)));

    assertThat(socket.awaitWritten(threads * frames, PATIENCE)).isTrue();
    List<String> written = socket.written();
    for (int t = 0; t < threads; t++) {
      String thread = t + ":";
      assertThat(written.stream().filter(f -> f.startsWith(thread)).toList())
          .containsExactlyElementsOf(IntStream.range(0, frames).mapToObj(i -> thread + i).toList());
    }
    assertThat(socket.maxInFlight()).isEqualTo(1);
  }

  @Test
  void underRacingSendersASlowClientIsClosedOnceAndNothingMoreIsWritten() throws Exception {
    FakeSocket socket = socket(Completion.BY_HAND);
    LiveSession session = session(socket, 100);
    session.send("first");

    race(4, t -> IntStream.range(0, 100).forEach(i -> session.send(t + ":" + i)));

    assertThat(socket.sentAside()).hasSize(1);
    assertThat(socket.closedWith().getCloseCode().getCode()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
    assertThat(socket.inFlight()).containsExactly("first");
    socket.completeNext();
    assertThat(socket.written()).containsExactly("first");
    assertThat(socket.inFlight()).isEmpty();
  }

  @Test
  void liveEventsWaitForTheReplayAndThoseItAlreadySentAreDropped() {
    FakeSocket socket = socket(Completion.ON_THE_WRITING_THREAD);
    LiveSession session = replaying(socket, 10);

    session.deliver(9, "live 9, seen before");
    session.deliver(12, "live 12");
    session.deliver(13, "live 13");
    session.replay(11, "replayed 11");
    session.replay(12, "replayed 12");
    session.replayed(Set.of(11L, 12L));
    session.deliver(14, "live 14");

    assertThat(socket.written()).containsExactly("replayed 11", "replayed 12", "live 13", "live 14");
    assertThat(session.cursor()).isEqualTo(14);
  }

  @Test
  void aClientIsToldToGoAfterTooManyBadFrames() {
    LiveSession session = session(socket(Completion.BY_HAND), 8);

    assertThat(List.of(session.badFrame(2), session.badFrame(2), session.badFrame(2))).containsExactly(false, false, true);
  }

  private FakeSocket socket(Completion completion) {
    FakeSocket socket = new FakeSocket(completion);
    sockets.add(socket);
    return socket;
  }

  /** A stream past its replay, with room for {@code capacity} waiting frames. */
  private static LiveSession session(FakeSocket socket, int capacity) {
    LiveSession session = new LiveSession(socket.session(), ANNA, null, 0, capacity);
    session.replayed(Set.of());
    return session;
  }

  /** A stream whose client last saw {@code since}, while its missed events are replayed. */
  private static LiveSession replaying(FakeSocket socket, long since) {
    return new LiveSession(socket.session(), ANNA, null, since, 8);
  }

  private interface Sender {
    void send(int thread);
  }

  /** Runs the senders on their own threads, released together, and waits for all of them. */
  private static void race(int threads, Sender sender) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        running.add(pool.submit(() -> {
          start.await();
          sender.send(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : running) {
        future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
