package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.agora.activity.entity.Revision;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.people.boundary.Following;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.NativeSql;
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

  /**
   * A thread: the post and the first page of its comments, oldest first; {@code commentsNext} is
   * the cursor of the next page ({@code GET /posts/{id}/comments}), null when all are here.
   */
  public record Thread(FeedItem post, List<FeedItem> comments, String commentsNext) {}

  /**
   * The stored timeline serves the first pages (one index range scan); past its end, or for a
   * reader without one, the page is read from the followed sources directly.
   */
  public Page<FeedItem> home(AgoraPrincipal reader, FeedFilter filter, PageRequest page) {
    return page(homeIds(reader, filter, page), reader, page);
  }

  /**
   * Whether a post is among the newest of the reader's home stream, read as ids only: the web
   * app asks this for each new post while a home page is open, so it must stay cheap.
   */
  public boolean homeHolds(AgoraPrincipal reader, long activityId, int newest) {
    return homeIds(reader, FeedFilter.ALL, PageRequest.of(newest, null)).contains(activityId);
  }

  private List<Long> homeIds(AgoraPrincipal reader, FeedFilter filter, PageRequest page) {
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
    return ids;
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
    FeedItem post = post(reader, id);
    Page<FeedItem> comments = comments(reader, post, PageRequest.of(null, null));
    return new Thread(post, comments.items(), comments.next());
  }

  /** A page of a post's comments, oldest first; 404 for a post the reader may not see. */
  public Page<FeedItem> comments(AgoraPrincipal reader, long postId, PageRequest page) {
    FeedItem post = post(reader, postId);
    if (post.id() != postId) {
      throw new NotFoundException("No post with id " + postId);
    }
    return comments(reader, post, page);
  }

  /**
   * The newest {@code perPost} comments under each of the given posts, for a feed page; posts the
   * reader may not see get none.
   */
  public Map<Long, List<FeedItem>> latestComments(AgoraPrincipal reader, Collection<Long> postIds, int perPost) {
    if (postIds.isEmpty()) {
      return Map.of();
    }
    return views.items(queries.latestComments(postIds, perPost), reader)
        .stream()
        .filter(comment -> audience.canRead(reader, em.find(Activity.class, comment.id())))
        .collect(Collectors.groupingBy(FeedItem::parentId, LinkedHashMap::new, Collectors.toList()));
  }

  /**
   * The opening words of each item the reader may see (for notification lines): plain text, at
   * most {@code max} characters; items the reader may not see are absent.
   */
  public Map<Long, String> excerpts(AgoraPrincipal reader, Collection<Long> ids, int max) {
    Map<Long, String> excerpts = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return excerpts;
    }
    for (FeedItem item : views.items(List.copyOf(ids), reader)) {
      if (item.text() != null && audience.canRead(reader, em.find(Activity.class, item.id()))) {
        String plain = item.text().replaceAll("[*_`>#\\[\\]]", "").replaceAll("\\s+", " ").strip();
        excerpts.put(item.id(), plain.length() <= max ? plain : plain.substring(0, max - 1).strip() + "…");
      }
    }
    return excerpts;
  }

  /** The post itself, or for a comment's id the post it belongs to, as the reader sees it. */
  private FeedItem post(AgoraPrincipal reader, long id) {
    Activity activity = audience.readable(reader, em.find(Activity.class, id), id);
    long postId = activity.getParentId() == null ? id : activity.getParentId();
    List<FeedItem> post = views.items(List.of(postId), reader);
    if (post.isEmpty()) {
      throw new NotFoundException("No post with id " + id);
    }
    return post.get(0);
  }

  /** Comments inherit their post's audience: whoever may read the post may read all of them. */
  private Page<FeedItem> comments(AgoraPrincipal reader, FeedItem post, PageRequest page) {
    long after = page.after() == null ? 0 : page.after();
    List<Long> ids = queries.thread(post.id(), after, page.fetchSize());
    return Page.of(views.items(ids, reader), page.limit(), FeedItem::id);
  }

  /** The earlier texts of an edited item, oldest first; readable to whoever may read the item. */
  public List<Revision> revisions(AgoraPrincipal reader, long id) {
    audience.readable(reader, em.find(Activity.class, id), id);
    return NativeSql.rows(
        em.createNativeQuery("select revision, text, edited_at from activity_revision where activity_id = ?1 order by revision")
            .setParameter(1, id),
        r -> new Revision((int) r.nextLong(), r.nextText(), r.nextInstant()));
  }

  public void followTag(AgoraPrincipal reader, String tag) {
    if (!MarkdownRenderer.isTag(tag)) {
      throw new BadRequestException("tag: 1 to 60 letters, digits, '-' or '_', starting with a letter or digit");
    }
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
    List<FeedItem> items = views.items(idsPlusOne, reader);
    return Page.of(items, page.limit(), FeedItem::id);
  }

  private static long before(PageRequest page) {
    return page.after() == null ? Long.MAX_VALUE : page.after();
  }
}
