package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.live.entity.CloseCodes;

/** The streams open on this node. */
@ApplicationScoped
public class Sessions {

  private final Map<String, LiveSession> open = new ConcurrentHashMap<>();

  public void add(LiveSession session) {
    open.put(session.id(), session);
  }

  public void remove(String id) {
    open.remove(id);
  }

  public LiveSession get(String id) {
    return open.get(id);
  }

  public Collection<LiveSession> all() {
    return open.values();
  }

  public int size() {
    return open.size();
  }

  /** A person was disabled ({@code tokenId} null) or one of their tokens revoked. */
  public void closeFor(long personId, Long tokenId) {
    for (LiveSession session : open.values()) {
      if (session.personId() == personId && (tokenId == null || tokenId.equals(session.tokenId()))) {
        session.close(CloseCodes.POLICY, tokenId == null ? "account disabled" : "token revoked");
        open.remove(session.id());
      }
    }
  }
}
