package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.activity.boundary.Notifications;
import org.agora.live.entity.BusEvent;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Opens and closes streams. A stream is registered before anything is read, so live events that
 * arrive meanwhile wait in the session; then the client gets its counts, what it missed since
 * its cursor (or {@code resync} when that is too much), and the waiting live events not already
 * replayed: no gap, no duplicate.
 */
@ApplicationScoped
public class LiveStreams {

  @Inject Sessions sessions;
  @Inject Replay replay;
  @Inject Notifications notifications;
  @Inject LiveSettings settings;

  public void open(Session socket, AgoraPrincipal caller, Long tokenId, Long since) {
    LiveSession session = session(socket, caller, tokenId, since == null ? 0 : since);
    sessions.add(session);
    long latest = replay.latestCursor();
    long unread = notifications.unreadCount(caller);
    if (since == null) {
      session.startAt(latest);
      session.send(Messages.counts(latest, unread));
      session.replayed(Set.of());
      return;
    }
    session.send(Messages.counts(since, unread));
    Optional<List<BusEvent>> missed = replay.missed(session, since, settings.replayLimit());
    if (missed.isEmpty()) {
      session.startAt(latest);
      session.send(Messages.resync(latest, "too-many-missed"));
      session.replayed(Set.of());
      return;
    }
    Set<Long> sent = new HashSet<>();
    for (BusEvent event : missed.get()) {
      String frame = BusEvent.ACTIVITY.equals(event.kind()) ? Messages.activity(event) : Messages.notification(event);
      session.replay(event.cursor(), frame);
      sent.add(event.cursor());
    }
    session.replayed(sent);
  }

  /** A new stream's session (the live benchmark's baseline deployment makes another kind here). */
  LiveSession session(Session socket, AgoraPrincipal caller, Long tokenId, long since) {
    return new LiveSession(socket, caller, tokenId, since, settings.queue());
  }

  public LiveSession session(String id) {
    return sessions.get(id);
  }

  public void closed(String id) {
    sessions.remove(id);
  }
}
