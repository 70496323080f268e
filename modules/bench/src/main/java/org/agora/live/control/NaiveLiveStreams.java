package org.agora.live.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.websocket.Session;
import java.util.logging.Logger;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The live benchmark's naive deployment: streams whose sessions send blocking, one receiver after
 * another ({@link BlockingLiveSession}), in place of the production per-session queues.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
class NaiveLiveStreams extends LiveStreams {

  @PostConstruct
  void announce() {
    Logger.getLogger(NaiveLiveStreams.class.getName()).info("live: the benchmark's naive baseline, blocking sends in a loop");
  }

  @Override
  LiveSession session(Session socket, AgoraPrincipal caller, Long tokenId, long since) {
    return new BlockingLiveSession(socket, caller, tokenId, since, settings.queue());
  }
}
