package org.agora.communities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
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
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.Membership;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Role;
import org.agora.communities.entity.Visibility;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;

/** Creating, listing, changing and deleting communities, always as one viewer sees them. */
@ApplicationScoped
@Transactional
public class Communities {

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
    String name = requireName(request.name, null, request.visibility);
    Instant now = Instant.now(clock);
    Community community = new Community(name, request.visibility, creator.id(), now);
    apply(community, request);
    em.persist(community);
    em.flush();
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
    Visibility visibility = request.visibility != null ? request.visibility : community.getVisibility();
    if (request.name != null || request.visibility != null) {
      community.setName(requireName(request.name != null ? request.name : community.getName(), id, visibility));
      community.setVisibility(visibility);
    }
    apply(community, request);
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
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "select m.communityId, count(m) from Membership m, Person p where p.id = m.personId and p.active = true"
                + " and m.communityId in :ids and m.state = org.agora.communities.entity.MembershipState.ACTIVE"
                + " group by m.communityId",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
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
   * A clean, unused name. Secret communities do not take part: a clash with one would reveal
   * that it exists.
   */
  private String requireName(String raw, Long exceptId, Visibility visibility) {
    String name = UserText.plain(raw);
    if (name == null || name.isBlank()) {
      throw new BadRequestException("name: must not be blank");
    }
    if (visibility == Visibility.SECRET) {
      return name;
    }
    boolean taken =
        em.createQuery(
                "select count(c) from Community c where lower(c.name) = lower(:n) and c.deletedAt is null and c.id <> :id"
                    + " and c.visibility <> org.agora.communities.entity.Visibility.SECRET",
                Long.class)
            .setParameter("n", name)
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .getSingleResult()
            > 0;
    if (taken) {
      throw new ConflictException("A community named '" + name + "' exists already.");
    }
    return name;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
