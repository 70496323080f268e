package org.agora.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The part of a WebSocket session a {@link LiveSession} uses: an asynchronous writer whose writes
 * the test completes (by hand, at once on the writing thread, or on the container's own thread),
 * and close. It counts how many writes are in flight at the same time; anything else throws.
 */
final class FakeSocket {

  /** When the container reports a handed-over frame as written. */
  enum Completion { BY_HAND, ON_THE_WRITING_THREAD, ON_THE_CONTAINER_THREAD }

  private record Write(String text, SendHandler handler) {}

  private final Session session = proxy(Session.class, (method, args) -> switch (method) {
    case "getId" -> "socket-1";
    case "isOpen" -> isOpen();
    case "getAsyncRemote" -> asyncRemote();
    case "close" -> close((CloseReason) args[0]);
    default -> throw new UnsupportedOperationException(method);
  });
  private final RemoteEndpoint.Async remote = proxy(RemoteEndpoint.Async.class, (method, args) -> switch (method) {
    case "sendText" -> args.length == 2 ? write((String) args[0], (SendHandler) args[1]) : extra((String) args[0]);
    default -> throw new UnsupportedOperationException(method);
  });

  private Completion completion;
  private ExecutorService container;
  private final Deque<Write> inFlight = new ArrayDeque<>();
  private final List<String> written = new ArrayList<>();
  private final List<String> sentAside = new ArrayList<>();
  private int maxInFlight;
  private CloseReason closedWith;

  FakeSocket(Completion completion) {
    completeFrom(completion);
  }

  Session session() {
    return session;
  }

  /** From now on, writes are completed this way. */
  synchronized void completeFrom(Completion completion) {
    this.completion = completion;
    if (completion == Completion.ON_THE_CONTAINER_THREAD && container == null) {
      container = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("container-writer").factory());
    }
  }

  /** Completes the oldest write in flight, as the container does once the client read it. */
  void completeNext() {
    finish(true);
  }

  /** The client is gone: the oldest write in flight fails. */
  void failNext() {
    finish(false);
  }

  private void finish(boolean ok) {
    Write write;
    synchronized (this) {
      write = inFlight.poll();
      if (write == null) {
        throw new IllegalStateException("no write in flight");
      }
      if (ok) {
        written.add(write.text());
        notifyAll();
      }
    }
    write.handler().onResult(ok ? new SendResult(session) : new SendResult(session, new IOException("gone")));
  }

  synchronized List<String> written() {
    return List.copyOf(written);
  }

  /** Waits until {@code count} frames are written; false when that takes longer than {@code timeout}. */
  synchronized boolean awaitWritten(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (written.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  synchronized List<String> inFlight() {
    return inFlight.stream().map(Write::text).toList();
  }

  /** Frames sent beside the queue (with {@code sendText(String)}), such as the resync notice. */
  synchronized List<String> sentAside() {
    return List.copyOf(sentAside);
  }

  synchronized int maxInFlight() {
    return maxInFlight;
  }

  synchronized CloseReason closedWith() {
    return closedWith;
  }

  void shutDown() {
    if (container != null) {
      container.shutdownNow();
    }
  }

  private Object write(String text, SendHandler handler) {
    Completion now;
    synchronized (this) {
      inFlight.add(new Write(text, handler));
      maxInFlight = Math.max(maxInFlight, inFlight.size());
      now = completion;
    }
    switch (now) {
      case BY_HAND -> {}
      case ON_THE_WRITING_THREAD -> completeNext();
      case ON_THE_CONTAINER_THREAD -> container.execute(this::completeNext);
    }
    return null;
  }

  private synchronized Object extra(String text) {
    sentAside.add(text);
    return CompletableFuture.completedFuture(null);
  }

  private synchronized boolean isOpen() {
    return closedWith == null;
  }

  private synchronized Object close(CloseReason reason) {
    closedWith = reason;
    return null;
  }

  private RemoteEndpoint.Async asyncRemote() {
    return remote;
  }

  private interface Call {
    Object answer(String method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Call call) {
    return type.cast(Proxy.newProxyInstance(FakeSocket.class.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> switch (method.getName()) {
          case "toString" -> "fake " + type.getSimpleName();
          case "hashCode" -> System.identityHashCode(self);
          case "equals" -> self == args[0];
          default -> call.answer(method.getName(), args == null ? new Object[0] : args);
        }));
  }
}
