package org.agora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One benchmark client on the live stream: notes, per announcement and per activity, the frame's
 * {@code committedAt}, its first arrival (both epoch milliseconds) and how often it came, and
 * counts every frame by type in {@link Counts} shared by all clients. Parsing is a few index
 * lookups: with 10,000 clients on the node's own two cores the clients must cost far less than it.
 */
final class StreamListener extends WholeFrames {

  /** Frames received by all clients together, by type. */
  static final class Counts {
    final LongAdder announcements = new LongAdder();
    final LongAdder activities = new LongAdder();
    final LongAdder notifications = new LongAdder();
    final LongAdder heartbeats = new LongAdder();
    final LongAdder others = new LongAdder();
    /** Clients whose stream was closed or failed after it had opened. */
    final LongAdder closed = new LongAdder();

    /** Announcements, activities, notifications, heartbeats and the rest, in this order. */
    long[] byType() {
      return new long[] {announcements.sum(), activities.sum(), notifications.sum(), heartbeats.sum(), others.sum()};
    }

    long total() {
      return announcements.sum() + activities.sum() + notifications.sum() + heartbeats.sum() + others.sum();
    }
  }

  final Map<Long, long[]> announcements = new ConcurrentHashMap<>();
  final Map<Long, long[]> activities = new ConcurrentHashMap<>();
  /** Completes with the first frame ({@code counts}): the stream is open and registered. */
  final CompletableFuture<Void> opened = new CompletableFuture<>();
  private final Counts counts;
  volatile boolean closed;
  private WebSocket socket;

  StreamListener(Counts counts) {
    this.counts = counts;
  }

  static CompletableFuture<StreamListener> open(HttpClient http, URI base, String token, Counts counts) {
    StreamListener listener = new StreamListener(counts);
    return connect(http, base, token, listener, Duration.ofSeconds(60)).thenApply(ws -> {
      listener.socket = ws;
      return listener;
    });
  }

  /** Opens {@code /ws/v1/stream} of the node at {@code base} with a personal access token. */
  static CompletableFuture<WebSocket> connect(HttpClient http, URI base, String token, WebSocket.Listener listener,
      Duration timeout) {
    URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/v1/stream");
    return http.newWebSocketBuilder().header("Authorization", "Bearer " + token).connectTimeout(timeout)
        .buildAsync(uri, listener);
  }

  @Override
  void frame(String frame, long now) {
    if (frame.startsWith("{\"type\":\"announcement\"")) {
      counts.announcements.increment();
      note(announcements, number(frame, "\"announcementId\":"), number(frame, "\"committedAt\":"), now);
    } else if (frame.startsWith("{\"type\":\"activity\"")) {
      counts.activities.increment();
      note(activities, number(frame, "\"activityId\":"), number(frame, "\"committedAt\":"), now);
    } else if (frame.startsWith("{\"type\":\"heartbeat\"")) {
      counts.heartbeats.increment();
    } else if (frame.startsWith("{\"type\":\"notification\"")) {
      counts.notifications.increment();
    } else {
      counts.others.increment();
      if (frame.startsWith("{\"type\":\"counts\"")) {
        opened.complete(null);
      }
    }
  }

  private static void note(Map<Long, long[]> seen, long id, long committedAt, long now) {
    long[] first = seen.putIfAbsent(id, new long[] {committedAt, now, 1});
    if (first != null) {
      first[2]++;
    }
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
    gone();
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    gone();
    opened.completeExceptionally(error);
  }

  private synchronized void gone() {
    if (!closed) {
      closed = true;
      counts.closed.increment();
    }
  }

  /** The number after {@code key} in a frame; -1 when the frame has no such key. */
  static long number(String frame, String key) {
    int at = frame.indexOf(key);
    if (at < 0) {
      return -1;
    }
    at += key.length();
    int end = at;
    while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
      end++;
    }
    return Long.parseLong(frame, at, end, 10);
  }

  void abort() {
    if (socket != null) {
      socket.abort();
    }
  }
}
