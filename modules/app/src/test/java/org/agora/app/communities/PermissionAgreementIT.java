package org.agora.app.communities;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.boundary.Posts;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.Activity;
import org.agora.app.testing.Deployments;
import org.agora.communities.boundary.Communities;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.communities.boundary.CommunityRequest;
import org.agora.communities.boundary.Memberships;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.Visibility;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission model, tested hard: over the demo company plus a generated batch of communities
 * (every visibility, members, requesters, invitees, removed members), thousands of random
 * (viewer, community) and (viewer, post) pairs must get the same answer from the per-object
 * decision, from the list queries and from the counts.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionAgreementIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.agoraWith(PermissionAgreementIT.class);
  }

  @Inject Communities communities;
  @Inject Memberships memberships;
  @Inject CommunityAccess access;
  @Inject Posts posts;
  @Inject Feeds feeds;
  @Inject Audience audience;
  @PersistenceContext EntityManager em;

  @Test
  void perObjectDecisionsListsAndCountsNeverDisagree() {
    Random random = new Random(2026);
    List<AgoraPrincipal> people = people();
    List<Long> generated = generate(people, random);
    List<Long> all = em.createQuery("select c.id from Community c", Long.class).getResultList();

    Map<Long, Set<Long>> listed = new HashMap<>();
    int pairs = 0;
    int disagreements = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      AgoraPrincipal viewer = people.get(random.nextInt(people.size()));
      long community = all.get(random.nextInt(all.size()));
      Set<Long> visible = listed.computeIfAbsent(viewer.id(), v -> everyVisible(viewer));
      boolean canSee = access.canSee(viewer, community);
      boolean canRead = access.canRead(viewer, community);
      boolean agrees =
          canSee == visible.contains(community)
              && canRead == access.readableCommunityIds(viewer).contains(community)
              && (!canRead || canSee)
              && communities.countVisible(viewer) == visible.size();
      pairs++;
      if (!agrees) {
        disagreements++;
        if (examples.size() < 5) examples.add("viewer " + viewer.id() + " community " + community);
      }
    }
    System.out.printf("permission agreement: %d (viewer, community) pairs over %d communities (%d generated), %d disagreements%n",
        pairs, all.size(), generated.size(), disagreements);
    assertThat(disagreements).as(String.join(", ", examples)).isZero();
  }

  @Test
  void feedsShowExactlyThePostsTheReaderMayRead() {
    Random random = new Random(7);
    List<AgoraPrincipal> people = people();
    List<Long> posts = em.createQuery(
            "select a.id from Activity a where a.parentId is null and a.communityId is not null", Long.class)
        .getResultList();
    int pairs = 0;
    int disagreements = 0;
    for (int i = 0; i < 400; i++) {
      AgoraPrincipal viewer = people.get(random.nextInt(people.size()));
      Activity post = em.find(Activity.class, posts.get(random.nextInt(posts.size())));
      boolean decided = audience.canRead(viewer, post);
      boolean threadOpens = opens(viewer, post.getId());
      boolean inCommunityFeed = inCommunityFeed(viewer, post);
      pairs++;
      if (decided != threadOpens || decided != inCommunityFeed) {
        disagreements++;
      }
    }
    System.out.printf("permission agreement: %d (viewer, post) pairs, %d disagreements%n", pairs, disagreements);
    assertThat(disagreements).isZero();
  }

  private boolean opens(AgoraPrincipal viewer, long postId) {
    try {
      feeds.thread(viewer, postId);
      return true;
    } catch (WebApplicationException | Refusal hidden) {
      return false;
    }
  }

  private boolean inCommunityFeed(AgoraPrincipal viewer, Activity post) {
    try {
      String cursor = org.agora.platform.boundary.Cursor.encode(post.getId() + 1);
      return feeds.community(viewer, post.getCommunityId(), org.agora.activity.entity.FeedFilter.ALL, PageRequest.of(1, cursor))
          .items().stream().anyMatch(item -> item.id() == post.getId());
    } catch (WebApplicationException | Refusal hidden) {
      return false;
    }
  }

  /** Every community the viewer's list shows, paging to the end. */
  private Set<Long> everyVisible(AgoraPrincipal viewer) {
    Set<Long> ids = new HashSet<>();
    String cursor = null;
    do {
      Page<CommunityView> page =
          communities.list(viewer, new Communities.Filter(null, null, null, false), PageRequest.of(PageRequest.MAX_LIMIT, cursor));
      page.items().forEach(c -> ids.add(c.id()));
      cursor = page.next();
    } while (cursor != null);
    return ids;
  }

  /** Communities of random visibility with members, requests, invitations, leavers and removals. */
  private List<Long> generate(List<AgoraPrincipal> people, Random random) {
    List<AgoraPrincipal> colleagues = people.stream().filter(p -> !p.admin()).toList();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      AgoraPrincipal owner = colleagues.get(random.nextInt(colleagues.size()));
      CommunityRequest request = new CommunityRequest();
      request.name = "Agreement " + i + " " + random.nextInt(1_000_000);
      request.visibility = Visibility.values()[random.nextInt(3)];
      long id = communities.create(owner, request);
      ids.add(id);
      for (int m = 0; m < 12; m++) {
        AgoraPrincipal person = colleagues.get(random.nextInt(colleagues.size()));
        if (access.membership(person.id(), id).isPresent()) continue;
        switch (random.nextInt(4)) {
          case 0 -> memberships.invite(owner, id, person.id());
          case 1 -> {
            memberships.invite(owner, id, person.id());
            memberships.join(person, id, true);
          }
          case 2 -> {
            if (request.visibility != Visibility.SECRET) memberships.join(person, id, true);
          }
          default -> {
            memberships.invite(owner, id, person.id());
            memberships.join(person, id, true);
            if (random.nextBoolean()) {
              memberships.remove(owner, id, person.id());
            } else {
              memberships.leave(person, id);
            }
          }
        }
      }
      posts.post(owner, "Agreement post in community " + id, id, false);
    }
    return ids;
  }

  private List<AgoraPrincipal> people() {
    return em.createQuery("select p.id, p.username, p.admin from Person p where p.active = true", Object[].class)
        .getResultList().stream()
        .map(r -> new AgoraPrincipal((Long) r[0], (String) r[1], (Boolean) r[2]))
        .toList();
  }
}
