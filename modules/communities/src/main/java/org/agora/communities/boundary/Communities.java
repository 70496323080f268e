package org.agora.communities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.communities.entity.Community;
import org.agora.communities.entity.CommunityEvent;
import org.agora.communities.entity.CommunityNameKey;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.Membership;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Role;
import org.agora.communities.entity.Visibility;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;

/** Creating, listing, changing and deleting communities, always as one viewer sees them. */
@ApplicationScoped
@Transactional
public class Communities {

  /** PostgreSQL's SQLSTATE for a unique violation, and the index that keeps names unique. */
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String NAME_INDEX = "community_name_key";

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess access;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  /** List filters; blanks mean any. {@code memberOnly} lists the viewer's own communities. */
  public record Filter(Visibility visibility, String category, String query, boolean memberOnly) {}

  public long create(AgoraPrincipal creator, CommunityRequest request) {
    if (request.name == null || request.visibility == null) {
      throw new BadRequestException("name and visibility are required");
    }
    String name = requireName(request.name, null);
    Instant now = Instant.now(clock);
    Community community = new Community(name, request.visibility, creator.id(), now);
    apply(community, request);
    em.persist(community);
    flushName();
    Membership owner = new Membership(community.getId(), creator.id(), Role.OWNER, MembershipState.ACTIVE, now);
    if (community.hasGuidelines()) {
      owner.acceptGuidelines(now);
    }
    em.persist(owner);
    events.fire(new CommunityEvent("community.created", community.getId(), community.getVisibility(), creator.id(), creator.id()));
    return community.getId();
  }

  public CommunityView view(AgoraPrincipal viewer, long id) {
    return views(viewer, List.of(visible(viewer, id))).get(0);
  }

  public Page<CommunityView> list(AgoraPrincipal viewer, Filter filter, PageRequest page) {
    StringBuilder jpql = new StringBuilder("select c from Community c where c.id > :after and ");
    jpql.append(CommunityAccess.visibleJpql("c"));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", page.after() == null ? 0L : page.after());
    if (filter.visibility() != null) {
      jpql.append(" and c.visibility = :visibility");
      params.put("visibility", filter.visibility());
    }
    if (filter.category() != null && !filter.category().isBlank()) {
      jpql.append(" and lower(c.category) = :category");
      params.put("category", filter.category().strip().toLowerCase(Locale.ROOT));
    }
    if (filter.query() != null && !filter.query().isBlank()) {
      jpql.append(" and lower(c.name) like :q");
      params.put("q", "%" + filter.query().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
    if (filter.memberOnly()) {
      jpql.append(" and exists (select m from Membership m where m.communityId = c.id and m.personId = :viewerId"
          + " and m.state = org.agora.communities.entity.MembershipState.ACTIVE)");
    }
    jpql.append(" order by c.id");
    TypedQuery<Community> query = CommunityAccess.bindViewer(em.createQuery(jpql.toString(), Community.class), viewer);
    params.forEach(query::setParameter);
    List<Community> rows = query.setMaxResults(page.fetchSize()).getResultList();
    Page<Community> found = Page.of(rows, page.limit(), Community::getId);
    return new Page<>(views(viewer, found.items()), found.next());
  }

  /** How many communities the viewer can see: the count that lists and facets show. */
  public long countVisible(AgoraPrincipal viewer) {
    return CommunityAccess.bindViewer(
            em.createQuery("select count(c) from Community c where " + CommunityAccess.visibleJpql("c"), Long.class), viewer)
        .getSingleResult();
  }

  public CommunityView update(AgoraPrincipal editor, long id, CommunityRequest request) {
    Community community = visible(editor, id);
    if (!editor.admin() && !isOwner(editor.id(), id)) {
      throw new ForbiddenException("Only owners change a community's settings.");
    }
    if (request.name != null) {
      community.setName(requireName(request.name, id));
    }
    if (request.visibility != null) {
      community.setVisibility(request.visibility);
    }
    apply(community, request);
    flushName();
    events.fire(new CommunityEvent("community.updated", id, community.getVisibility(), editor.id(), editor.id()));
    return view(editor, id);
  }

  public void delete(AgoraPrincipal actor, long id) {
    Community community = visible(actor, id);
    if (!actor.admin() && !isOwner(actor.id(), id)) {
      throw new ForbiddenException("Only owners and admins delete a community.");
    }
    community.delete(Instant.now(clock));
    audit.record("community.deleted", "community", id, community.getName());
    events.fire(new CommunityEvent("community.deleted", id, community.getVisibility(), actor.id(), actor.id()));
  }

  /** The community if the viewer may see it; 404 otherwise, so secret ones are not even hinted at. */
  Community visible(AgoraPrincipal viewer, long id) {
    if (!access.canSee(viewer, id)) {
      throw new NotFoundException("No community with id " + id);
    }
    return em.find(Community.class, id);
  }

  boolean isOwner(long personId, long communityId) {
    return access.membership(personId, communityId).filter(Membership::isActive).map(m -> m.getRole() == Role.OWNER).orElse(false);
  }

  /**
   * Views for a page of communities, with member counts and the viewer's memberships in a few
   * queries. A member count is the number of members the viewer can list: active colleagues, and
   * none at all (null) where the viewer may see the community but not who is in it.
   */
  List<CommunityView> views(AgoraPrincipal viewer, List<Community> communities) {
    if (communities.isEmpty()) {
      return List.of();
    }
    List<Long> ids = communities.stream().map(Community::getId).toList();
    Set<Long> membersListed = access.readableCommunityIds(viewer);
    Map<Long, Long> counts = NativeSql.counts(em.createNativeQuery(
            "select m.community_id, count(*) from membership m join person_card p on p.id = m.person_id"
                + " where p.active and m.community_id = any(cast(?1 as bigint[])) and m.state = 'ACTIVE'"
                + " group by m.community_id")
        .setParameter(1, NativeSql.ids(ids)));
    Map<Long, Membership> mine = new HashMap<>();
    em.createQuery("select m from Membership m where m.personId = :p and m.communityId in :ids", Membership.class)
        .setParameter("p", viewer.id())
        .setParameter("ids", ids)
        .getResultList()
        .forEach(m -> mine.put(m.getCommunityId(), m));
    return communities.stream()
        .map(c -> {
          Membership m = mine.get(c.getId());
          return new CommunityView(
              c.getId(), c.getName(), c.getDescription(), c.getVisibility(), c.getGuidelines(), c.getCategory(),
              c.getTags().stream().sorted().toList(),
              membersListed.contains(c.getId()) ? counts.getOrDefault(c.getId(), 0L) : null,
              m == null ? null : m.getRole(), m == null ? null : m.getState(), c.getCreatedAt());
        })
        .toList();
  }

  private void apply(Community community, CommunityRequest request) {
    if (request.description != null) community.setDescription(UserText.plain(request.description));
    if (request.guidelines != null) community.setGuidelines(blankToNull(UserText.html(request.guidelines)));
    if (request.category != null) community.setCategory(blankToNull(UserText.plain(request.category)));
    if (request.tags != null) {
      Set<String> tags = new LinkedHashSet<>();
      request.tags.stream().map(UserText::plain).filter(t -> t != null && !t.isBlank())
          .forEach(t -> tags.add(t.strip().toLowerCase(Locale.ROOT)));
      community.replaceTags(tags);
    }
  }

  /**
   * A clean name no other community holds, whatever its case, accents or visibility: a public
   * community must not pass for a secret one. The refusal is the same for every holder, so it
   * reveals no more than that the name is taken.
   */
  private String requireName(String raw, Long exceptId) {
    String name = UserText.plain(raw);
    if (name == null || name.isBlank()) {
      throw new BadRequestException("name: must not be blank");
    }
    boolean taken =
        em.createQuery(
                "select count(c) from Community c where c.nameKey = :key and c.deletedAt is null and c.id <> :id",
                Long.class)
            .setParameter("key", CommunityNameKey.of(name))
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .getSingleResult()
            > 0;
    if (taken) {
      throw nameTaken();
    }
    return name;
  }

  /**
   * Writes the community now rather than at commit, so that a name taken by a concurrent request
   * since {@link #requireName} looked is answered like any taken name, not as a failed commit.
   */
  private void flushName() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isNameClash(e)) {
        throw nameTaken();
      }
      throw e;
    }
  }

  private static boolean isNameClash(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains(NAME_INDEX)) {
        return true;
      }
    }
    return false;
  }

  private static ConflictException nameTaken() {
    return new ConflictException("name: taken by another community; please choose another");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
