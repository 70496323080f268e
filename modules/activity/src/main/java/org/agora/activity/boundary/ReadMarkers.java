package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.agora.activity.control.FeedSql;
import org.agora.activity.entity.FeedFilter;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * How far a person has read their home feed and each community: the "unread" filter of the feeds
 * and the per-community unread markers. Markers only move forward.
 */
@ApplicationScoped
@Transactional
public class ReadMarkers {

  /** Unread counts are shown as "99+" beyond this; counting further costs without helping. */
  static final int COUNT_CAP = 99;

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess communities;
  @Inject Notifications notifications;

  public record CommunityUnread(long communityId, String name, int unread) {}

  public record Unread(long notifications, List<CommunityUnread> communities) {}

  public static String homeScope() {
    return "home";
  }

  public String communityScope(AgoraPrincipal reader, long communityId) {
    if (!communities.canRead(reader, communityId)) {
      throw new NotFoundException("No community with id " + communityId);
    }
    return "community:" + communityId;
  }

  public void markRead(AgoraPrincipal reader, String scope, long lastSeenId) {
    em.createNativeQuery(
            "insert into read_marker (person_id, scope, last_seen_id) values (?1, ?2, ?3)"
                + " on conflict (person_id, scope) do update set last_seen_id = greatest(read_marker.last_seen_id, excluded.last_seen_id)")
        .setParameter(1, reader.id())
        .setParameter(2, scope)
        .setParameter(3, lastSeenId)
        .executeUpdate();
  }

  /** The filter narrowed to what the reader has not seen yet in that scope. */
  public FeedFilter unread(AgoraPrincipal reader, String scope, FeedFilter filter) {
    return filter.unreadAfter(lastSeen(reader.id(), scope));
  }

  /** Unread notifications, and new posts per community I belong to. */
  public Unread summary(AgoraPrincipal reader) {
    List<CommunityUnread> perCommunity =
        NativeSql.rows(
                em.createNativeQuery(
                        "select c.id, c.name, (select count(*) from (select 1 from activity a where a.community_id = c.id"
                            + "   and a.parent_id is null and a.deleted_at is null and a.actor_id <> ?1"
                            + "   and a.id > coalesce((select last_seen_id from read_marker r where r.person_id = ?1"
                            + "     and r.scope = 'community:' || c.id), 0) limit " + COUNT_CAP + ") newer)"
                            + " from community_card c where c.id = any(cast(?2 as bigint[])) order by c.name")
                    .setParameter(1, reader.id())
                    .setParameter(2, FeedSql.ids(communities.memberCommunityIds(reader.id()))),
                r -> new CommunityUnread(r.nextLong(), r.nextText(), (int) r.nextLong()))
            .stream()
            .filter(c -> c.unread() > 0)
            .toList();
    return new Unread(notifications.unreadCount(reader), perCommunity);
  }

  @SuppressWarnings("unchecked")
  private long lastSeen(long personId, String scope) {
    List<Number> rows =
        em.createNativeQuery("select last_seen_id from read_marker where person_id = ?1 and scope = ?2")
            .setParameter(1, personId)
            .setParameter(2, scope)
            .getResultList();
    return rows.isEmpty() ? 0L : rows.get(0).longValue();
  }
}
