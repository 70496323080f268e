package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.agora.activity.boundary.Posts;
import org.agora.communities.boundary.Communities;
import org.agora.communities.boundary.CommunityRequest;
import org.agora.communities.boundary.Memberships;
import org.agora.communities.entity.Role;
import org.agora.communities.entity.Visibility;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The demo company's communities, of every visibility, with owners, moderators, members, pending
 * requests and invitations, guidelines on some, and conversations inside them.
 */
@ApplicationScoped
public class DemoCommunities {

  private static final Logger LOG = Logger.getLogger(DemoCommunities.class.getName());

  record Plan(String name, Visibility visibility, String category, String description, String guidelines, List<String> tags, int members) {}

  static final List<Plan> PLANS =
      List.of(
          new Plan("Kubernetes Guild", Visibility.PUBLIC, "Technology", "Everything about running containers in production.", null, List.of("kubernetes", "terraform"), 18),
          new Plan("Java Community of Practice", Visibility.PUBLIC, "Technology", "Java, Jakarta EE and the JVM: questions, talks, code reviews.", null, List.of("java", "jakarta ee"), 15),
          new Plan("Berlin Office", Visibility.PUBLIC, "Locations", "Lunch plans, desk booking and events at the Berlin office.", null, List.of(), 20),
          new Plan("New Joiners", Visibility.PUBLIC, "People", "Welcome! Ask anything about your first weeks here.", "Be kind. No question is too small.", List.of("onboarding"), 14),
          new Plan("Design System", Visibility.PUBLIC, "Product", "Components, tokens and accessibility for all our products.", null, List.of("design systems", "accessibility"), 10),
          new Plan("Security Champions", Visibility.RESTRICTED, "Technology", "Security champions from every team; vulnerabilities are discussed here.", "Never post secrets or customer data. Report incidents via the on-call channel.", List.of("security", "iso 27001"), 9),
          new Plan("Sales EMEA", Visibility.RESTRICTED, "Sales", "Pipeline, deals and wins in Europe, Middle East and Africa.", null, List.of("negotiation"), 10),
          new Plan("Works Council", Visibility.RESTRICTED, "People", "Information and consultations of the works council.", "Discussions are confidential within the council.", List.of("labour law"), 7),
          new Plan("Leadership Circle", Visibility.SECRET, "Management", "Department heads: strategy, budgets and organisation.", null, List.of(), 8),
          new Plan("M&A Project Falcon", Visibility.SECRET, "Management", "Due diligence for Project Falcon. Strictly need-to-know.", "Insider rules apply. Do not share outside this community.", List.of(), 6),
          new Plan("Marketing Launch Crew", Visibility.PUBLIC, "Marketing", "Coordinating the spring product launch across teams.", null, List.of("seo", "events"), 12),
          new Plan("Finance Questions", Visibility.PUBLIC, "Finance", "Expenses, travel policy, budgets: ask finance.", null, List.of("controlling", "budgeting"), 16));

  static final List<String> POSTS =
      List.of(
          "Welcome to everyone who joined this week! Introduce yourself below.",
          "Agenda for our next meetup is in the wiki. Add your topic by Friday. #meetup",
          "Sharing the slides from yesterday's session. Questions welcome!",
          "Does anyone have experience with this? Looking for a pairing partner.",
          "Monthly round-up: three wins, two lessons, one open question.");

  @Inject DemoPeople demoPeople;
  @Inject Communities communities;
  @Inject Memberships memberships;
  @Inject Posts posts;

  @Transactional
  public void load() {
    Random random = new Random(23);
    List<AgoraPrincipal> people = demoPeople.active().stream().map(DemoActivity.Author::principal).toList();
    List<AgoraPrincipal> colleagues = people.stream().filter(p -> !p.admin()).toList();
    for (Plan plan : PLANS) {
      AgoraPrincipal owner = colleagues.get(random.nextInt(colleagues.size()));
      long id = communities.create(owner, request(plan));
      List<AgoraPrincipal> members = new ArrayList<>();
      members.add(owner);
      while (members.size() < plan.members()) {
        AgoraPrincipal candidate = colleagues.get(random.nextInt(colleagues.size()));
        if (members.contains(candidate)) continue;
        if (plan.visibility() == Visibility.PUBLIC) {
          memberships.join(candidate, id, true);
        } else {
          memberships.invite(owner, id, candidate.id());
          memberships.join(candidate, id, true);
        }
        members.add(candidate);
      }
      memberships.setRole(owner, id, members.get(1).id(), Role.MODERATOR);
      pendingOnes(plan, id, owner, colleagues, members, random);
      for (int p = 0; p < 6; p++) {
        AgoraPrincipal author = members.get(random.nextInt(members.size()));
        posts.post(author, POSTS.get(random.nextInt(POSTS.size())), id, p == 3);
      }
    }
    LOG.info(() -> "demo communities loaded: " + PLANS.size());
  }

  /** Restricted communities get a request to approve; secret ones an open invitation. */
  private void pendingOnes(Plan plan, long id, AgoraPrincipal owner, List<AgoraPrincipal> colleagues,
      List<AgoraPrincipal> members, Random random) {
    AgoraPrincipal outsider;
    do {
      outsider = colleagues.get(random.nextInt(colleagues.size()));
    } while (members.contains(outsider));
    if (plan.visibility() == Visibility.RESTRICTED) {
      memberships.join(outsider, id, true);
    } else if (plan.visibility() == Visibility.SECRET) {
      memberships.invite(owner, id, outsider.id());
    }
  }

  private static CommunityRequest request(Plan plan) {
    CommunityRequest request = new CommunityRequest();
    request.name = plan.name();
    request.visibility = plan.visibility();
    request.description = plan.description();
    request.category = plan.category();
    request.guidelines = plan.guidelines();
    request.tags = plan.tags();
    return request;
  }

}
