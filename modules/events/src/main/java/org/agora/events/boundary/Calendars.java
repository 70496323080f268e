package org.agora.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.events.control.CalendarFiles;
import org.agora.events.control.EventAccess;
import org.agora.events.control.EventStore;
import org.agora.events.control.FeedTokens;
import org.agora.events.entity.EventView;
import org.agora.events.entity.FeedToken;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Events for calendar apps: one event as an .ics file, and a personal subscription feed read with
 * a token instead of a login (calendar apps cannot sign in). The token only reads the feed; it is
 * stored as a SHA-256 hash, shown once, and replaced or revoked by its owner.
 */
@ApplicationScoped
@Transactional
public class Calendars {

  /** How long ended events stay in the feed. */
  static final Duration FEED_HISTORY = Duration.ofDays(90);

  @PersistenceContext EntityManager em;
  @Inject EventStore events;
  @Inject EventAccess access;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "agora.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  public String ics(AgoraPrincipal reader, long id) {
    return CalendarFiles.write(List.of(access.readable(reader, id)), home(), null);
  }

  /** A new feed token for the person, replacing the one they had. */
  public FeedToken newFeedToken(AgoraPrincipal who) {
    String token = FeedTokens.newToken();
    em.createNativeQuery("insert into calendar_feed_token (person_id, token_hash, created_at) values (?1, ?2, ?3)"
            + " on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at")
        .setParameter(1, who.id()).setParameter(2, FeedTokens.hash(token))
        .setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC)).executeUpdate();
    return new FeedToken(token, home() + "api/v1/me/calendar.ics?token=" + token);
  }

  public void revokeFeedToken(AgoraPrincipal who) {
    em.createNativeQuery("delete from calendar_feed_token where person_id = ?1").setParameter(1, who.id()).executeUpdate();
  }

  /**
   * The feed of the token's owner, if they are still active: the events they organise or answered
   * YES or MAYBE and may still see, from 90 days back. The owner is read as
   * a colleague, not as an admin: a feed shows what their membership shows.
   */
  public String feed(String token) {
    if (!FeedTokens.looksLikeToken(token)) {
      throw Refusal.notFound("No calendar feed for this token.");
    }
    long personId = NativeSql.rows(em.createNativeQuery("select t.person_id from calendar_feed_token t"
                    + " join person_card p on p.id = t.person_id and p.active where t.token_hash = ?1")
                .setParameter(1, FeedTokens.hash(token)), NativeSql.Row::nextLong)
        .stream().findFirst().orElseThrow(() -> Refusal.notFound("No calendar feed for this token."));
    AgoraPrincipal owner = new AgoraPrincipal(personId, "", false);
    List<EventView> mine = events.feed(personId, Instant.now(clock).minus(FEED_HISTORY), access.readableCommunities(owner));
    return CalendarFiles.write(mine, home(), "Agora");
  }

  private String home() {
    return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }
}
