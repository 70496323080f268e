package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agora.activity.control.ActivityViews;
import org.agora.activity.control.Audience;
import org.agora.activity.control.FeedQueries;
import org.agora.activity.control.HomeTimelines;
import org.agora.activity.control.MarkdownRenderer;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.FeedFilter;
import org.agora.activity.entity.FeedItem;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.people.boundary.Following;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The streams: home (people, communities and tags I follow, plus my own), a community's, a
 * person's and a tag's, and a single thread. Newest first, keyset paged, and filtered by the
 * reader's visibility inside every query.
 */
@ApplicationScoped
@Transactional
public class Feeds {

  @PersistenceContext EntityManager em;
  @Inject FeedQueries queries;
  @Inject ActivityViews views;
  @Inject Audience audience;
  @Inject CommunityAccess communities;
  @Inject Following following;
  @Inject PersonDirectory directory;
  @Inject Clock clock;
  @Inject HomeTimelines timelines;

  /** A thread: the post and its comments. */
  public record Thread(FeedItem post, List<FeedItem> comments) {}

  /**
   * The stored timeline serves the first pages (one index range scan); past its end, or for a
   * reader without one, the page is read from the followed sources directly.
   */
  public Page<FeedItem> home(AgoraPrincipal reader, FeedFilter filter, PageRequest page) {
    Set<Long> readable = audience.readableCommunities(reader);
    List<Long> ids = queries.homeTimeline(reader.id(), readable, filter, before(page), page.fetchSize());
    if (ids.size() < page.fetchSize()) {
      List<Long> people = new ArrayList<>(following.followeeIds(reader.id()));
      people.add(reader.id());
      ids =
          queries.home(
              people, communities.memberCommunityIds(reader.id()), followedTags(reader.id()), readable, filter,
              before(page), page.fetchSize());
    }
    return page(ids, reader, page);
  }

  public Page<FeedItem> community(AgoraPrincipal reader, long communityId, FeedFilter filter, PageRequest page) {
    if (!communities.canRead(reader, communityId)) {
      throw new NotFoundException("No community with id " + communityId);
    }
    return page(queries.community(communityId, filter, before(page), page.fetchSize()), reader, page);
  }

  public Page<FeedItem> person(AgoraPrincipal reader, long personId, FeedFilter filter, PageRequest page) {
    directory.visible(reader, personId);
    List<Long> ids =
        queries.person(personId, audience.readableCommunities(reader), filter, before(page), page.fetchSize());
    return page(ids, reader, page);
  }

  public Page<FeedItem> tag(AgoraPrincipal reader, String tag, FeedFilter filter, PageRequest page) {
    List<Long> ids =
        queries.tag(
            MarkdownRenderer.normalizeTag(tag), audience.readableCommunities(reader), filter, before(page),
            page.fetchSize());
    return page(ids, reader, page);
  }

  public Thread thread(AgoraPrincipal reader, long id) {
    Activity activity = audience.readable(reader, em.find(Activity.class, id), id);
    long postId = activity.getParentId() == null ? id : activity.getParentId();
    List<FeedItem> post = views.items(List.of(postId), reader.id(), a -> audience.canRead(reader, a));
    if (post.isEmpty()) {
      throw new NotFoundException("No post with id " + id);
    }
    return new Thread(post.get(0), views.items(queries.thread(postId), reader.id(), a -> audience.canRead(reader, a)));
  }

  /** The earlier texts of an edited item, oldest first; readable to whoever may read the item. */
  @SuppressWarnings("unchecked")
  public List<org.agora.activity.entity.Revision> revisions(AgoraPrincipal reader, long id) {
    audience.readable(reader, em.find(Activity.class, id), id);
    List<Object[]> rows =
        em.createNativeQuery("select revision, text, edited_at from activity_revision where activity_id = ?1 order by revision")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(r -> new org.agora.activity.entity.Revision(
            ((Number) r[0]).intValue(), (String) r[1], org.agora.platform.boundary.NativeSql.instant(r[2])))
        .toList();
  }

  public void followTag(AgoraPrincipal reader, String tag) {
    em.createNativeQuery("insert into tag_follow (person_id, tag, created_at) values (?1, ?2, ?3) on conflict do nothing")
        .setParameter(1, reader.id())
        .setParameter(2, MarkdownRenderer.normalizeTag(tag))
        .setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC))
        .executeUpdate();
    timelines.rebuild(reader.id());
  }

  public void unfollowTag(AgoraPrincipal reader, String tag) {
    em.createNativeQuery("delete from tag_follow where person_id = ?1 and tag = ?2")
        .setParameter(1, reader.id())
        .setParameter(2, MarkdownRenderer.normalizeTag(tag))
        .executeUpdate();
    timelines.rebuild(reader.id());
  }

  @SuppressWarnings("unchecked")
  public List<String> followedTags(long personId) {
    return em.createNativeQuery("select tag from tag_follow where person_id = ?1 order by tag")
        .setParameter(1, personId)
        .getResultList();
  }

  private Page<FeedItem> page(List<Long> idsPlusOne, AgoraPrincipal reader, PageRequest page) {
    List<FeedItem> items = views.items(idsPlusOne, reader.id(), a -> audience.canRead(reader, a));
    return Page.of(items, page.limit(), FeedItem::id);
  }

  private static long before(PageRequest page) {
    return page.after() == null ? Long.MAX_VALUE : page.after();
  }
}
