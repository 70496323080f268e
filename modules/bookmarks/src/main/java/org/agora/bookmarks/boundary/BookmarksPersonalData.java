package org.agora.bookmarks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.bookmarks.entity.BookmarkSaved;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Bookmarks' share of a person's export and erasure: the bookmarks they saved, with their tags.
 * Private bookmarks are always deleted; shared ones follow the organisation's choice to keep
 * authored content. Each change is an outbox event, so that search drops or re-reads the document.
 */
@ApplicationScoped
@Transactional
public class BookmarksPersonalData implements PersonalData {

  /** A bookmark as the person saved it. */
  public record SavedBookmark(
      long id, String url, String title, String description, String visibility, String community, List<String> tags,
      boolean hiddenByModerators, Instant createdAt, Instant updatedAt) {}

  private record Owned(long id, BookmarkVisibility visibility, Long communityId, long linkId) {}

  @PersistenceContext EntityManager em;
  @Inject Event<DomainEvent> events;

  @Override
  public List<PersonalDataFile> export(long personId) {
    Map<Long, List<String>> tags = NativeSql.grouped(em.createNativeQuery(
            "select t.bookmark_id, t.tag from bookmark_tag t join bookmark b on b.id = t.bookmark_id"
                + " where b.person_id = ?1 order by t.tag")
        .setParameter(1, personId));
    List<SavedBookmark> saved = NativeSql.rows(em.createNativeQuery(
            "select b.id, l.url, b.title, b.description, b.visibility, c.name, b.hidden_at is not null, b.created_at,"
                + " b.updated_at from bookmark b join link l on l.id = b.link_id"
                + " left join community_card c on c.id = b.community_id where b.person_id = ?1 order by b.id")
        .setParameter(1, personId), r -> {
          long id = r.nextLong();
          return new SavedBookmark(id, r.nextText(), r.nextText(), r.nextText(), r.nextText(), r.nextText(),
              tags.getOrDefault(id, List.of()), r.nextBoolean(), r.nextInstant(), r.nextInstant());
        });
    return PersonalData.json("bookmarks/bookmarks.json", saved).stream().toList();
  }

  /**
   * Deletes the private bookmarks (and, without {@code keepContent}, the shared ones) with their
   * tags, and the links nobody else saved: an address alone can say whose it was. Kept bookmarks
   * are read again by search, which then shows the anonymised owner.
   */
  @Override
  public void erase(long personId, boolean keepContent) {
    List<Owned> owned = NativeSql.rows(em.createNativeQuery(
            "select id, visibility, community_id, link_id from bookmark where person_id = ?1 order by id")
        .setParameter(1, personId), r -> new Owned(
            r.nextLong(), BookmarkVisibility.valueOf(r.nextText()), r.nextLongOrNull(), r.nextLong()));
    List<Owned> deleted = owned.stream().filter(b -> deletes(b.visibility(), keepContent)).toList();
    if (!deleted.isEmpty()) {
      em.createNativeQuery("delete from bookmark where id = any(cast(?1 as bigint[]))")
          .setParameter(1, NativeSql.ids(deleted.stream().map(Owned::id).toList())).executeUpdate();
      em.createNativeQuery("delete from link l where l.id = any(cast(?1 as bigint[]))"
              + " and not exists (select 1 from bookmark b where b.link_id = l.id)")
          .setParameter(1, NativeSql.ids(deleted.stream().map(Owned::linkId).toList())).executeUpdate();
    }
    owned.forEach(b -> events.fire(new BookmarkSaved(
        b.id(), personId, b.visibility(), b.communityId(), deleted.contains(b) ? "deleted" : "updated")));
  }

  /** Whether an erasure deletes a bookmark of this visibility: a private one is nobody else's. */
  static boolean deletes(BookmarkVisibility visibility, boolean keepContent) {
    return visibility == BookmarkVisibility.PRIVATE || !keepContent;
  }
}
