package org.agora.bookmarks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.agora.bookmarks.control.UrlNormalizer;
import org.agora.bookmarks.entity.BookmarkSaved;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.bookmarks.entity.LinkStatus;
import org.agora.bookmarks.entity.PopularLink;
import org.agora.bookmarks.entity.TagCount;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;

/**
 * Saving, reading, changing and listing bookmarks. A reader sees their own, public ones, and those
 * of communities they may read, never anyone else's private ones; the rule exists once as SQL
 * ({@link #visibleSql}) and is used by the single-object read as well as by every list.
 */
@ApplicationScoped
@Transactional
public class Bookmarks {

  /**
   * A bookmark row with {@code savedBy}: the saves of its link the reader may list, by the same
   * rule as every list, so the count never tells of a private or community save they may not see.
   */
  static final String SELECT =
      "select b.id, b.link_id, l.url, l.host, b.title, b.description,"
          + " (select string_agg(t.tag, ',' order by t.tag) from bookmark_tag t where t.bookmark_id = b.id),"
          + " b.visibility, b.community_id, p.id, p.username, p.display_name,"
          + " (select count(*) from bookmark o where o.link_id = b.link_id and " + visibleSql("o") + "),"
          + " b.created_at, b.updated_at, l.status, l.checked_at, b.title_from_page"
          + " from bookmark b join link l on l.id = b.link_id join person_card p on p.id = b.person_id";

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess communities;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  /** A saved bookmark and whether it was new (saving a link again updates the bookmark). */
  public record Saved(long id, boolean created) {}

  /** List filters; null means any. */
  public record Filter(String tag, Long personId, Long communityId) {}

  public Saved save(AgoraPrincipal owner, BookmarkRequest request) {
    String url = UrlNormalizer.normalize(request.url);
    BookmarkVisibility visibility = request.visibility == null ? BookmarkVisibility.PRIVATE : request.visibility;
    Long communityId = audience(owner, visibility, request.communityId);
    long linkId = link(url);
    String title = clean(request.title, 300);
    // Without a title, the page's own (once known) stands in; until then, the address.
    boolean titleFromPage = title == null;
    if (titleFromPage) {
      title = knownPageTitle(linkId).orElse(url.replaceFirst("^https?://", ""));
    }
    Instant now = Instant.now(clock);
    List<?> existing = em.createNativeQuery("select id from bookmark where person_id = ?1 and link_id = ?2")
        .setParameter(1, owner.id()).setParameter(2, linkId).getResultList();
    long id;
    boolean created = existing.isEmpty();
    if (created) {
      id = ((Number) em.createNativeQuery(
                  "insert into bookmark (person_id, link_id, title, description, visibility, community_id, created_at, updated_at,"
                      + " title_from_page) values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint), ?7, ?7, ?8) returning id")
              .setParameter(1, owner.id()).setParameter(2, linkId).setParameter(3, title)
              .setParameter(4, clean(request.description, 4000)).setParameter(5, visibility.name())
              .setParameter(6, communityId).setParameter(7, now.atOffset(ZoneOffset.UTC)).setParameter(8, titleFromPage)
              .getSingleResult()).longValue();
    } else {
      id = ((Number) existing.get(0)).longValue();
      em.createNativeQuery(
              "update bookmark set title = ?2, description = coalesce(?3, description), visibility = ?4,"
                  + " community_id = cast(?5 as bigint), updated_at = ?6, title_from_page = ?7 where id = ?1")
          .setParameter(1, id).setParameter(2, title).setParameter(3, clean(request.description, 4000))
          .setParameter(4, visibility.name()).setParameter(5, communityId).setParameter(6, now.atOffset(ZoneOffset.UTC))
          .setParameter(7, titleFromPage).executeUpdate();
    }
    if (request.tags != null) {
      replaceTags(id, request.tags);
    }
    events.fire(new BookmarkSaved(id, owner.id(), visibility, communityId, created ? "created" : "updated"));
    return new Saved(id, created);
  }

  public BookmarkView get(AgoraPrincipal reader, long id) {
    List<BookmarkView> found = query(reader, " and b.id = " + id, List.of(), 1);
    if (found.isEmpty()) {
      throw new NotFoundException("No bookmark with id " + id);
    }
    return found.get(0);
  }

  /** Changes a bookmark; only its owner may. */
  public BookmarkView update(AgoraPrincipal owner, long id, BookmarkRequest change) {
    BookmarkView current = get(owner, id);
    if (current.owner().id() != owner.id()) {
      throw new ForbiddenException("Only the person who saved a bookmark changes it.");
    }
    if (change.url != null && !UrlNormalizer.normalize(change.url).equals(current.url())) {
      throw new BadRequestException("url: save the new address as a new bookmark");
    }
    BookmarkRequest merged = new BookmarkRequest();
    merged.url = current.url();
    if (change.title != null) {
      merged.title = change.title;
    } else if (!current.titleFromPage()) {
      merged.title = current.title();
    } // else: the page's title stays the page's, and follows it when the page is visited again

    merged.description = change.description;
    merged.tags = change.tags;
    merged.visibility = change.visibility != null ? change.visibility : current.visibility();
    merged.communityId = change.visibility != null ? change.communityId : current.communityId();
    save(owner, merged);
    return get(owner, id);
  }

  public void delete(AgoraPrincipal owner, long id) {
    BookmarkView current = get(owner, id);
    if (current.owner().id() != owner.id()) {
      throw new ForbiddenException("Only the person who saved a bookmark deletes it.");
    }
    em.createNativeQuery("delete from bookmark where id = ?1").setParameter(1, id).executeUpdate();
    events.fire(new BookmarkSaved(id, owner.id(), current.visibility(), current.communityId(), "deleted"));
  }

  public Page<BookmarkView> list(AgoraPrincipal reader, Filter filter, PageRequest page) {
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    if (filter.tag() != null && !filter.tag().isBlank()) {
      params.add(tag(filter.tag()));
      where.append(" and exists (select 1 from bookmark_tag t where t.bookmark_id = b.id and t.tag = ?").append(params.size() + 2).append(")");
    }
    if (filter.personId() != null) {
      where.append(" and b.person_id = ").append(filter.personId().longValue());
    }
    if (filter.communityId() != null) {
      if (!communities.canRead(reader, filter.communityId())) {
        throw new NotFoundException("No community with id " + filter.communityId());
      }
      where.append(" and b.community_id = ").append(filter.communityId().longValue());
    }
    if (page.after() != null) {
      where.append(" and b.id < ").append(page.after().longValue());
    }
    return Page.of(query(reader, where.toString(), params, page.fetchSize()), page.limit(), BookmarkView::id);
  }

  /** Everyone else's visible bookmarks of the same link: who saved it, their tags and notes. */
  public List<BookmarkView> savers(AgoraPrincipal reader, long bookmarkId) {
    BookmarkView mine = get(reader, bookmarkId);
    return query(reader, " and b.link_id = " + mine.linkId() + " and b.id <> " + bookmarkId, List.of(), 100);
  }

  /** Tags weighted by use: the reader's own ({@code mine}), or across everything they may see. */
  public List<TagCount> tagCloud(AgoraPrincipal reader, boolean mine) {
    Query q = em.createNativeQuery(
            "select t.tag, count(*) from bookmark_tag t join bookmark b on b.id = t.bookmark_id where "
                + (mine ? "b.person_id = ?1" : visibleSql("b"))
                + " group by t.tag order by count(*) desc, t.tag limit 100");
    if (mine) {
      q.setParameter(1, reader.id());
    } else {
      q.setParameter(1, reader.id()).setParameter(2, ids(communities.readableCommunityIds(reader)));
    }
    return NativeSql.rows(q, r -> new TagCount(r.nextText(), r.nextLong()));
  }

  /** Tags that appear together with {@code tag} on bookmarks the reader may see, most often first. */
  public List<TagCount> relatedTags(AgoraPrincipal reader, String tag) {
    return NativeSql.rows(
        em.createNativeQuery(
                "select o.tag, count(*) from bookmark_tag t join bookmark b on b.id = t.bookmark_id"
                    + " join bookmark_tag o on o.bookmark_id = t.bookmark_id and o.tag <> t.tag"
                    + " where t.tag = ?3 and " + visibleSql("b")
                    + " group by o.tag order by count(*) desc, o.tag limit 20")
            .setParameter(1, reader.id())
            .setParameter(2, ids(communities.readableCommunityIds(reader)))
            .setParameter(3, tag(tag)),
        r -> new TagCount(r.nextText(), r.nextLong()));
  }

  /**
   * Renames one of the owner's tags on all their bookmarks; renaming onto a tag they already use
   * merges the two. Answers how many bookmarks changed.
   */
  public int renameTag(AgoraPrincipal owner, String from, String to) {
    String oldTag = tag(from);
    String newTag = tag(to);
    if (oldTag.isEmpty() || newTag.isEmpty()) {
      throw new BadRequestException("tag: must not be blank");
    }
    if (oldTag.equals(newTag)) {
      return 0;
    }
    em.createNativeQuery(
            "insert into bookmark_tag (bookmark_id, tag) select t.bookmark_id, ?3 from bookmark_tag t"
                + " join bookmark b on b.id = t.bookmark_id where b.person_id = ?1 and t.tag = ?2 on conflict do nothing")
        .setParameter(1, owner.id()).setParameter(2, oldTag).setParameter(3, newTag).executeUpdate();
    return em.createNativeQuery(
            "delete from bookmark_tag t using bookmark b where b.id = t.bookmark_id and b.person_id = ?1 and t.tag = ?2")
        .setParameter(1, owner.id()).setParameter(2, oldTag).executeUpdate();
  }

  public List<PopularLink> popular(AgoraPrincipal reader, int days) {
    return popular(reader, days, null);
  }

  /**
   * Links most saved in the last {@code days} days, counting only bookmarks the reader may see;
   * with a {@code tag}, only saves tagged with it.
   */
  public List<PopularLink> popular(AgoraPrincipal reader, int days, String tag) {
    if (days < 1 || days > 365) {
      throw new BadRequestException("days: between 1 and 365");
    }
    String tagged = tag == null || tag.isBlank() ? ""
        : " and exists (select 1 from bookmark_tag t where t.bookmark_id = b.id and t.tag = ?4)";
    Query query =
        em.createNativeQuery(
                "select l.id, l.url, max(b.title), count(*) from bookmark b join link l on l.id = b.link_id where "
                    + visibleSql("b") + " and b.created_at > ?3" + tagged
                    + " group by l.id, l.url order by count(*) desc, l.id desc limit 20")
            .setParameter(1, reader.id())
            .setParameter(2, ids(communities.readableCommunityIds(reader)))
            .setParameter(3, Instant.now(clock).minusSeconds(86_400L * days).atOffset(ZoneOffset.UTC));
    if (!tagged.isEmpty()) {
      query.setParameter(4, tag(tag));
    }
    return NativeSql.rows(query, r -> new PopularLink(r.nextLong(), r.nextText(), r.nextText(), r.nextLong()));
  }

  /**
   * The visibility rule in SQL over the {@code bookmark} row aliased {@code b}, with ?1 the reader
   * and ?2 the communities they may read. Private bookmarks are their owner's alone, also for
   * admins; a bookmark hidden by a moderator is its owner's alone too.
   */
  static String visibleSql(String b) {
    return "(" + b + ".person_id = ?1 or (" + b + ".hidden_at is null and (" + b + ".visibility = 'PUBLIC'"
        + " or (" + b + ".visibility = 'COMMUNITY' and " + b + ".community_id = any(cast(?2 as bigint[]))))))";
  }

  List<BookmarkView> query(AgoraPrincipal reader, String where, List<Object> extra, int limit) {
    Query q = em.createNativeQuery(SELECT + " where " + visibleSql("b") + where + " order by b.id desc limit " + limit);
    q.setParameter(1, reader.id()).setParameter(2, ids(communities.readableCommunityIds(reader)));
    for (int i = 0; i < extra.size(); i++) {
      q.setParameter(i + 3, extra.get(i));
    }
    return NativeSql.rows(q, Bookmarks::view);
  }

  /** A row of {@link #SELECT}, column by column. */
  private static BookmarkView view(NativeSql.Row r) {
    return new BookmarkView(r.nextLong(), r.nextLong(), r.nextText(), r.nextText(), r.nextText(), r.nextText(),
        tags(r.nextText()), BookmarkVisibility.valueOf(r.nextText()), r.nextLongOrNull(),
        new BookmarkView.Owner(r.nextLong(), r.nextText(), r.nextText()),
        r.nextLong(), r.nextInstant(), r.nextInstant(), LinkStatus.valueOf(r.nextText()), r.nextInstant(), r.nextBoolean());
  }

  /** {@code string_agg(tag, ',')}: the tags in order, none for null. */
  private static List<String> tags(String joined) {
    return joined == null ? List.of() : List.of(joined.split(","));
  }

  private Long audience(AgoraPrincipal owner, BookmarkVisibility visibility, Long communityId) {
    if (visibility != BookmarkVisibility.COMMUNITY) {
      if (communityId != null) {
        throw new BadRequestException("communityId: only with visibility COMMUNITY");
      }
      return null;
    }
    if (communityId == null) {
      throw new BadRequestException("communityId: required with visibility COMMUNITY");
    }
    if (!communities.canSee(owner, communityId)) {
      throw new NotFoundException("No community with id " + communityId);
    }
    if (!communities.canPost(owner, communityId)) {
      throw new ForbiddenException("Only members save bookmarks into a community.");
    }
    return communityId;
  }

  private Optional<String> knownPageTitle(long linkId) {
    return em.createNativeQuery("select page_title from link where id = ?1 and page_title is not null")
        .setParameter(1, linkId).getResultList().stream().map(String.class::cast).findFirst();
  }

  private long link(String url) {
    em.createNativeQuery("insert into link (url, host, created_at) values (?1, ?2, ?3) on conflict (url) do nothing")
        .setParameter(1, url).setParameter(2, UrlNormalizer.host(url))
        .setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC)).executeUpdate();
    return ((Number) em.createNativeQuery("select id from link where url = ?1").setParameter(1, url).getSingleResult()).longValue();
  }

  void replaceTags(long bookmarkId, Collection<String> raw) {
    em.createNativeQuery("delete from bookmark_tag where bookmark_id = ?1").setParameter(1, bookmarkId).executeUpdate();
    Set<String> tags = new LinkedHashSet<>();
    raw.stream().map(Bookmarks::tag).filter(t -> !t.isEmpty()).forEach(tags::add);
    for (String tag : tags) {
      em.createNativeQuery("insert into bookmark_tag (bookmark_id, tag) values (?1, ?2) on conflict do nothing")
          .setParameter(1, bookmarkId).setParameter(2, tag).executeUpdate();
    }
  }

  static String tag(String raw) {
    String clean = UserText.plain(raw);
    clean = clean == null ? "" : clean.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-").replace(",", "");
    return clean.length() > 60 ? clean.substring(0, 60) : clean;
  }

  private static String clean(String text, int max) {
    String clean = UserText.plain(text);
    if (clean == null || clean.isBlank()) {
      return null;
    }
    return clean.length() > max ? clean.substring(0, max) : clean;
  }

  private static String ids(Collection<Long> ids) {
    return NativeSql.ids(ids);
  }

  /** A bookmark as moderation sees it. */
  public record ModerationTarget(long id, long ownerId, BookmarkVisibility visibility, Long communityId, boolean hidden) {}

  /** The bookmark if the reader (a reporter) may see it; 404 otherwise. */
  public ModerationTarget moderationTarget(AgoraPrincipal reader, long id) {
    get(reader, id);
    return moderationTarget(id);
  }

  public ModerationTarget moderationTarget(long id) {
    return NativeSql.rows(
            em.createNativeQuery("select id, person_id, visibility, community_id, hidden_at is not null from bookmark where id = ?1")
                .setParameter(1, id),
            r -> new ModerationTarget(r.nextLong(), r.nextLong(), BookmarkVisibility.valueOf(r.nextText()), r.nextLongOrNull(),
                r.nextBoolean()))
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No bookmark with id " + id));
  }

  /** Hides ({@code true}) or shows again a bookmark for everyone but its owner. */
  public void setHidden(long id, boolean hidden) {
    if (hidden) {
      em.createNativeQuery("update bookmark set hidden_at = coalesce(hidden_at, ?2) where id = ?1")
          .setParameter(1, id).setParameter(2, Instant.now(clock).atOffset(ZoneOffset.UTC)).executeUpdate();
    } else {
      em.createNativeQuery("update bookmark set hidden_at = null where id = ?1").setParameter(1, id).executeUpdate();
    }
    ModerationTarget target = moderationTarget(id);
    events.fire(new BookmarkSaved(id, target.ownerId(), target.visibility(), target.communityId(), hidden ? "hidden" : "restored"));
  }

  /** Deletes a bookmark for good, whoever owns it (moderation). */
  public void remove(long id) {
    ModerationTarget target = moderationTarget(id);
    em.createNativeQuery("delete from bookmark where id = ?1").setParameter(1, id).executeUpdate();
    events.fire(new BookmarkSaved(id, target.ownerId(), target.visibility(), target.communityId(), "deleted"));
  }

  /** Hides every bookmark of a person (their account was disabled with its content hidden). */
  public int hideAllBy(long ownerId) {
    List<Long> ids = NativeSql.rows(
        em.createNativeQuery("select id from bookmark where person_id = ?1 and hidden_at is null").setParameter(1, ownerId),
        NativeSql.Row::nextLong);
    ids.forEach(id -> setHidden(id, true));
    return ids.size();
  }
}
