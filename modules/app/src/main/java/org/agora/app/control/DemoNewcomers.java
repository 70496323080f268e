package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.communities.boundary.Communities;
import org.agora.communities.entity.CommunityView;
import org.agora.onboarding.boundary.Buddies;
import org.agora.onboarding.boundary.OnboardingSetup;
import org.agora.people.boundary.Accounts;
import org.agora.people.boundary.JoinBackdating;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Onboarding in the demo: everyone else joined months or years ago (the demo loaders backdate them
 * through {@link JoinBackdating} before they post, else every first post would be announced), and
 * one German colleague joined Engineering last week, with a buddy and a checklist still to do;
 * Engineering's newcomers are asked to join the Java community, with New Joiners and the
 * Kubernetes Guild recommended. Runs last, after every other demo loader.
 */
@ApplicationScoped
@Transactional
public class DemoNewcomers {

  private static final Logger LOG = Logger.getLogger(DemoNewcomers.class.getName());
  static final String NEWCOMER = "ylva.zander";
  static final String BUDDY = "oezlem.yilmaz";

  @Inject JoinBackdating joins;
  @Inject Accounts accounts;
  @Inject Communities communities;
  @Inject OnboardingSetup setup;
  @Inject Buddies buddies;

  public void load() {
    long engineering = accounts.departmentNamed("Engineering").orElseThrow();
    long newcomer = accounts.create(new Accounts.NewPerson(NEWCOMER, "Ylva Zander", NEWCOMER + "@agora.example",
        "Softwareentwicklerin", engineering, "München", null, "Seit letzter Woche im Team Kundenportal.", Set.of(),
        accounts.hashPassword(DemoOrganisation.PASSWORD), false));
    joins.joined(newcomer, Instant.now().minus(Duration.ofDays(6)));
    Person admin = accounts.findByUsername("admin").orElseThrow();
    AgoraPrincipal reader = new AgoraPrincipal(admin.getId(), admin.getUsername(), true);
    setup.department(engineering, community(reader, "Java Community of Practice"),
        List.of(community(reader, "New Joiners"), community(reader, "Kubernetes Guild")));
    buddies.assign(newcomer, accounts.findByUsername(BUDDY).orElseThrow().getId(), admin.getId());
    LOG.info("demo onboarding: one newcomer with a buddy");
  }

  private long community(AgoraPrincipal reader, String name) {
    return communities.list(reader, new Communities.Filter(null, null, name, false), PageRequest.of(PageRequest.MAX_LIMIT, null))
        .items().stream().filter(c -> c.name().equals(name)).map(CommunityView::id).findFirst().orElseThrow();
  }
}
