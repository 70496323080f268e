package org.agora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * The benchmark's live streams, one per colleague, index for index: opened from this JVM over
 * 127.0.0.1 with the colleague's token, {@code -Dbench.opening} handshakes at a time, each retried
 * twice. A stream counts as open when its first frame ({@code counts}) came: the node has
 * registered it. Failures are counted and the first one is shown.
 */
final class BenchStreams {

  /** The JDK client reads all its sockets on one selector thread: spread the streams over several. */
  private final HttpClient[] sockets = IntStream.range(0, Integer.getInteger("bench.selectors", 16))
      .mapToObj(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).toArray(HttpClient[]::new);
  private final int opening = Integer.getInteger("bench.opening", 32);
  private final URI base;
  private final List<BenchAudience.Member> members;
  private final AtomicReferenceArray<StreamListener> streams;
  final StreamListener.Counts counts = new StreamListener.Counts();

  BenchStreams(URI base, List<BenchAudience.Member> members) {
    this.base = base;
    this.members = members;
    this.streams = new AtomicReferenceArray<>(members.size());
  }

  /** The open stream of the colleague at {@code index}; null when it never opened or was closed. */
  StreamListener open(int index) {
    StreamListener stream = streams.get(index);
    return stream == null || stream.closed ? null : stream;
  }

  /** Opens the streams of the colleagues {@code from} to {@code to - 1}; returns how many of the first {@code to} are open. */
  int openUpTo(int from, int to) throws Exception {
    long start = System.nanoTime();
    Semaphore permits = new Semaphore(opening);
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = from; i < to; i++) {
      permits.acquire();
      all.add(openOne(i, 3, failures, errors).whenComplete((ok, error) -> {
        permits.release();
        int n = done.incrementAndGet();
        if (n % 1000 == 0) {
          System.out.printf(Locale.ROOT, "  %d streams tried, %.0f s%n", from + n, (System.nanoTime() - start) / 1e9);
        }
      }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(30, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    int open = (int) IntStream.range(0, to).filter(i -> open(i) != null).count();
    System.out.printf(Locale.ROOT, "opened %d of %d streams in %.1f s (%.0f/s), %d failed attempts, %d not open%s%n",
        open - from, to - from, seconds, (open - from) / seconds, failures.get(), to - open,
        errors.isEmpty() ? "" : "; first error: " + errors.get(0));
    return open;
  }

  private CompletableFuture<Void> openOne(int index, int attempts, AtomicInteger failures, List<String> errors) {
    return StreamListener.open(sockets[index % sockets.length], base, members.get(index).token(), counts)
        .thenCompose(c -> c.opened.orTimeout(60, TimeUnit.SECONDS).thenApply(v -> c))
        .thenAccept(c -> streams.set(index, c))
        .exceptionallyCompose(error -> {
          failures.incrementAndGet();
          synchronized (errors) {
            errors.add(String.valueOf(error));
          }
          if (attempts <= 1) {
            return CompletableFuture.failedFuture(error);
          }
          return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))
              .thenCompose(x -> openOne(index, attempts - 1, failures, errors));
        });
  }

  void abortAll() {
    for (int i = 0; i < streams.length(); i++) {
      StreamListener stream = streams.get(i);
      if (stream != null) {
        stream.abort();
      }
    }
  }
}
