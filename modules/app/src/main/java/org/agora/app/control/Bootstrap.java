package org.agora.app.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.people.boundary.Accounts;
import org.agora.platform.entity.HistoryRewritten;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a fresh database usable: in demo mode it loads the demo organisation; otherwise it creates
 * the first admin from configuration. There is no built-in default password in production.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {

  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Inject Accounts accounts;
  @Inject DemoOrganisation demo;
  @Inject DemoCommunities demoCommunities;
  @Inject DemoActivity demoActivity;
  @Inject DemoBookmarks demoBookmarks;
  @Inject DemoHistory demoHistory;
  @Inject DemoGermanOffice demoGermanOffice;
  @Inject DemoPolls demoPolls;
  @Inject DemoSurveys demoSurveys;
  @Inject DemoEvents demoEvents;
  @Inject DemoNewcomers demoNewcomers;
  @Inject Event<HistoryRewritten> rewritten;

  @Inject
  @ConfigProperty(name = "agora.demo", defaultValue = "false")
  boolean demoMode;

  @Inject
  @ConfigProperty(name = "agora.admin.username")
  Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "agora.admin.password")
  Optional<String> adminPassword;

  @PostConstruct
  void start() {
    if (demoMode && accounts.countPeople() == 0) {
      demo.load();
      demoCommunities.load();
      demoActivity.load();
      demoBookmarks.load();
      demoHistory.spread();
      // After the history: the English company's content keeps its ids, picks and times.
      demoGermanOffice.load();
      demoPolls.load();
      demoEvents.load();
      demoSurveys.load();
      // Last: everyone loaded so far joined long ago, but one newcomer.
      demoNewcomers.load();
      // Once all of it is committed: the insights roll the history up before anyone looks.
      rewritten.fire(new HistoryRewritten());
    }
    if (!accounts.anyAdmin()) {
      createFirstAdmin();
    }
  }

  private void createFirstAdmin() {
    if (adminUsername.isEmpty() || adminPassword.isEmpty()) {
      LOG.warning("No admin exists: set agora.admin.username and agora.admin.password (AGORA_ADMIN_USERNAME, AGORA_ADMIN_PASSWORD) to create the first one.");
      return;
    }
    accounts.create(
        new Accounts.NewPerson(
            adminUsername.get(), "Administrator", null, "Administrator", null, null, null, null,
            Set.of(), accounts.hashPassword(adminPassword.get()), true));
    LOG.info(() -> "created the first admin, " + adminUsername.get());
  }
}
