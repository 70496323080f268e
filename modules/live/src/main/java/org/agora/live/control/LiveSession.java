package org.agora.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.websocket.SendResult;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.live.entity.CloseCodes;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * One open stream: who is on it, what extra streams they follow, and its own bounded queue of
 * frames not yet written, drained by one asynchronous write at a time, so a slow client only ever
 * slows itself. While the missed events are replayed, live frames wait aside and those already
 * replayed are dropped.
 */
public class LiveSession {

  private static final Logger LOG = Logger.getLogger(LiveSession.class.getName());

  private final Session socket;
  private final AgoraPrincipal principal;
  private final Long tokenId;
  private final int capacity;
  final Set<Long> communities = ConcurrentHashMap.newKeySet();
  final Set<Long> people = ConcurrentHashMap.newKeySet();
  final Set<String> tags = ConcurrentHashMap.newKeySet();

  private final ArrayDeque<String> waiting = new ArrayDeque<>();
  private boolean writing;
  private Thread writer;
  private CloseReason closeWhenWritten;
  private boolean closing;
  private long cursor;
  private long since;
  private List<Frame> parked = new ArrayList<>();
  private Set<Long> replayed = Set.of();
  private int badFrames;

  private record Frame(long cursor, String text) {}

  LiveSession(Session socket, AgoraPrincipal principal, Long tokenId, long since, int capacity) {
    this.socket = socket;
    this.principal = principal;
    this.tokenId = tokenId;
    this.since = since;
    this.cursor = since;
    this.capacity = capacity;
  }

  public String id() {
    return socket.getId();
  }

  public AgoraPrincipal principal() {
    return principal;
  }

  public long personId() {
    return principal.id();
  }

  public Long tokenId() {
    return tokenId;
  }

  public synchronized long cursor() {
    return cursor;
  }

  /** A fresh client (or one told to resync) starts at the newest cursor; older live events are not for it. */
  public synchronized void startAt(long latest) {
    since = Math.max(since, latest);
    cursor = Math.max(cursor, latest);
  }

  /** A live event's frame. Parked while replaying; dropped when already sent by the replay. */
  public void deliver(long eventCursor, String text) {
    synchronized (this) {
      if (closing || eventCursor <= since || replayed.contains(eventCursor)) {
        return;
      }
      if (parked != null) {
        parked.add(new Frame(eventCursor, text));
        return;
      }
    }
    sendEvent(eventCursor, text);
  }

  /** The replay is over: {@code sent} are the cursors it delivered; the parked live frames follow. */
  public void replayed(Set<Long> sent) {
    List<Frame> waiting;
    synchronized (this) {
      replayed = new HashSet<>(sent);
      waiting = parked;
      parked = null;
    }
    for (Frame frame : waiting) {
      deliver(frame.cursor(), frame.text());
    }
  }

  /** A replayed event's frame; replays go through the same queue, in cursor order. */
  public void replay(long eventCursor, String text) {
    sendEvent(eventCursor, text);
  }

  private void sendEvent(long eventCursor, String text) {
    synchronized (this) {
      cursor = Math.max(cursor, eventCursor);
    }
    send(text);
  }

  /**
   * Any frame. It joins the session's queue at once (no thread waits for the network); the
   * session's writer hands one frame at a time to the container's asynchronous writer and the
   * next when that one is written. A client so far behind that the queue is full is sent
   * {@code resync} and closed.
   */
  public void send(String text) {
    String resync;
    synchronized (this) {
      if (closing) {
        return;
      }
      if (waiting.size() < capacity) {
        waiting.add(text);
        resync = null;
      } else {
        closing = true;
        waiting.clear();
        resync = Messages.resync(cursor, "slow-consumer");
      }
    }
    if (resync == null) {
      write();
      return;
    }
    // Behind the frame still in flight, if the client ever reads again.
    try {
      socket.getAsyncRemote().sendText(resync);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "resync not sent", e);
    }
    closeQuietly(new CloseReason(code(CloseCodes.TRY_AGAIN_LATER), "too slow; resync"));
  }

  /**
   * Writes waiting frames while none is in flight. The container may call back on this very
   * thread once the frame is written; then this loop goes on instead of the callback, so the
   * stack does not grow with the queue.
   */
  private void write() {
    while (true) {
      String next;
      CloseReason close = null;
      synchronized (this) {
        if (writing) {
          return;
        }
        next = waiting.poll();
        if (next == null) {
          close = closeWhenWritten;
          closeWhenWritten = null;
        } else {
          writing = true;
          writer = Thread.currentThread();
        }
      }
      if (next == null) {
        if (close != null) {
          closeQuietly(close);
        }
        return;
      }
      try {
        socket.getAsyncRemote().sendText(next, this::written);
      } catch (RuntimeException e) {
        written(new SendResult(e));
      }
      synchronized (this) {
        if (writer == Thread.currentThread()) {
          writer = null;
        }
      }
    }
  }

  private void written(SendResult result) {
    boolean inWriteLoop;
    synchronized (this) {
      writing = false;
      if (!result.isOK()) {
        // The connection is gone: the client reconnects with since.
        closing = true;
        waiting.clear();
        closeWhenWritten = null;
      }
      inWriteLoop = writer == Thread.currentThread();
    }
    if (!inWriteLoop) {
      write();
    }
  }

  /** Counts a bad frame; true when the client has sent too many and must go. */
  public synchronized boolean badFrame(int limit) {
    return ++badFrames > limit;
  }

  /** Close at once with this reason (credentials gone, abuse); queued frames are dropped. */
  public void close(int code, String phrase) {
    synchronized (this) {
      closing = true;
      waiting.clear();
      closeWhenWritten = null;
    }
    closeQuietly(new CloseReason(code(code), phrase));
  }

  /** Close after the frames already queued (such as an error explaining why). */
  public void closeAfterQueued(int code, String phrase) {
    synchronized (this) {
      if (closing && closeWhenWritten == null) {
        return;
      }
      closing = true;
      closeWhenWritten = new CloseReason(code(code), phrase);
    }
    write();
  }

  public synchronized int queued() {
    return waiting.size() + (writing ? 1 : 0);
  }

  private void closeQuietly(CloseReason reason) {
    try {
      if (socket.isOpen()) {
        socket.close(reason);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "close failed", e);
    }
  }

  static CloseReason.CloseCode code(int code) {
    return CloseReason.CloseCodes.getCloseCode(code);
  }
}
