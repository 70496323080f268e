package org.agora.app.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client of the live stream (the JDK's), as a browser or script would use it:
 * it collects the frames it receives and remembers how the server closed the connection.
 */
public final class Stream implements WebSocket.Listener, AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  private Stream() {}

  /** {@code base} is the application's root URL (http://host:port/context/). */
  public static Stream open(URI base, String username, String password, String query) {
    String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return connect(base, "Basic " + basic, query);
  }

  public static Stream withToken(URI base, String token, String query) {
    return connect(base, "Bearer " + token, query);
  }

  /** Connects, or throws {@link CompletionException} when the handshake is refused. */
  public static Stream connect(URI base, String authorization, String query) {
    Stream stream = new Stream();
    WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    stream.socket = builder.buildAsync(uri(base, query), stream).orTimeout(20, TimeUnit.SECONDS).join();
    return stream;
  }

  public static URI uri(URI base, String query) {
    String ws = base.toString().replaceFirst("^http", "ws");
    return URI.create(ws + (ws.endsWith("/") ? "" : "/") + "ws/v1/stream" + (query == null ? "" : "?" + query));
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(-1);
  }

  public void send(String text) {
    socket.sendText(text, true).join();
  }

  /** The next frame of this type, skipping others (such as heartbeats); fails after the timeout. */
  public JsonObject next(String type, Duration timeout) {
    return next(f -> f.getString("type").equals(type), timeout);
  }

  public JsonObject next(Predicate<JsonObject> wanted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        JsonObject frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
        if (frame == null) {
          throw new AssertionError("no matching frame within " + timeout);
        }
        if (wanted.test(frame)) {
          return frame;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every frame that arrives within {@code quiet}, waiting no longer once none comes. */
  public List<JsonObject> drain(Duration quiet) {
    List<JsonObject> all = new ArrayList<>();
    try {
      JsonObject frame;
      while ((frame = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
        all.add(frame);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return all;
  }

  /** The close code the server sent, waiting for it. */
  public int closeCode(Duration timeout) {
    try {
      return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("the stream was not closed within " + timeout, e);
    }
  }

  public boolean isClosed() {
    return closed.isDone();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
    }
    socket.abort();
  }
}
