package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.activity.boundary.Posts;
import org.agora.communities.boundary.Communities;
import org.agora.communities.boundary.CommunityRequest;
import org.agora.communities.boundary.Memberships;
import org.agora.communities.entity.Visibility;
import org.agora.people.boundary.Accounts;
import org.agora.people.boundary.Following;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The demo company's German offices and international colleagues: people, public communities and
 * written-out conversations in German and English ({@link DemoGermanPeople}, {@link DemoGermanPosts},
 * {@link DemoInternationalPosts}). Loaded after the rest of the demo company and its history, so the
 * ids, counts and random picks of that content stay as they were; its posts are therefore the newest.
 * The search relevance collection (modules/bench, relevance/judgments.tsv) judges this content.
 */
@ApplicationScoped
public class DemoGermanOffice {

  private static final Logger LOG = Logger.getLogger(DemoGermanOffice.class.getName());

  @Inject Accounts accounts;
  @Inject org.agora.people.boundary.JoinBackdating joins;
  @Inject Following following;
  @Inject Communities communities;
  @Inject Memberships memberships;
  @Inject Posts posts;

  @Transactional
  public void load() {
    Map<String, AgoraPrincipal> people = people();
    List<DemoPost> all = new ArrayList<>(DemoGermanPosts.POSTS);
    all.addAll(DemoInternationalPosts.POSTS);
    Map<String, Long> communityIds = communities(people, all);
    int comments = 0;
    for (DemoPost post : all) {
      comments += write(post, people, communityIds);
    }
    int total = comments;
    LOG.info(() -> "demo German office loaded: " + people.size() + " people, " + communityIds.size()
        + " communities, " + all.size() + " posts, " + total + " comments");
  }

  /** The colleagues, each following the others: they work together across the offices. */
  private Map<String, AgoraPrincipal> people() {
    for (DemoGermanPeople.Unit unit : DemoGermanPeople.UNITS) {
      accounts.createDepartment(unit.name(), accounts.departmentNamed(unit.parent()).orElseThrow());
    }
    String passwordHash = accounts.hashPassword(DemoOrganisation.PASSWORD);
    Map<String, AgoraPrincipal> people = new HashMap<>();
    for (DemoGermanPeople.Colleague c : DemoGermanPeople.COLLEAGUES) {
      Long department = accounts.departmentNamed(c.department()).orElseThrow();
      long id = accounts.create(new Accounts.NewPerson(c.username(), c.name(), c.username() + "@agora.example",
          c.title(), department, c.location(), null, c.about(), Set.copyOf(c.skills()), passwordHash, false));
      people.put(c.username(), new AgoraPrincipal(id, c.username(), false));
    }
    joins.spreadOverYears(); // as the company's: they joined long before they post
    for (DemoGermanPeople.Colleague follower : DemoGermanPeople.COLLEAGUES) {
      for (DemoGermanPeople.Colleague followee : DemoGermanPeople.COLLEAGUES) {
        if (follower != followee) {
          following.follow(people.get(follower.username()).id(), people.get(followee.username()).id());
        }
      }
    }
    return people;
  }

  private Map<String, Long> communities(Map<String, AgoraPrincipal> people, List<DemoPost> written) {
    Map<String, Long> ids = new HashMap<>();
    for (DemoGermanCommunities.Community c : DemoGermanCommunities.COMMUNITIES) {
      CommunityRequest request = new CommunityRequest();
      request.name = c.name();
      request.visibility = Visibility.PUBLIC;
      request.description = c.description();
      request.category = c.category();
      request.tags = c.tags();
      long id = communities.create(people.get(c.owner()), request);
      for (String member : members(c, written)) {
        memberships.join(people.get(member), id, true);
      }
      ids.put(c.name(), id);
    }
    return ids;
  }

  /** The community's members besides its owner: those named, and whoever writes or replies in it (only members may). */
  static Set<String> members(DemoGermanCommunities.Community community, List<DemoPost> written) {
    Set<String> members = new LinkedHashSet<>(community.members());
    for (DemoPost post : written) {
      if (community.name().equals(post.community())) {
        members.add(post.author());
        post.replies().forEach(reply -> members.add(reply.author()));
      }
    }
    members.remove(community.owner());
    return members;
  }

  /** Writes the post and its replies; a question's first answer by someone else is accepted. */
  private int write(DemoPost post, Map<String, AgoraPrincipal> people, Map<String, Long> communityIds) {
    AgoraPrincipal author = people.get(post.author());
    Long community = post.community() == null ? null : communityIds.get(post.community());
    long id = posts.post(author, post.text(), community, post.question());
    boolean answered = false;
    for (DemoPost.Reply reply : post.replies()) {
      long comment = posts.comment(people.get(reply.author()), id, reply.text());
      if (post.question() && !answered && !reply.author().equals(post.author())) {
        posts.acceptAnswer(author, id, comment);
        answered = true;
      }
    }
    return post.replies().size();
  }
}
