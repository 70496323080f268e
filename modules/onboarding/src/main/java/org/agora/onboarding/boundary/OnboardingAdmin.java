package org.agora.onboarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.onboarding.control.OnboardingStore;
import org.agora.onboarding.entity.DepartmentSetup;
import org.agora.onboarding.entity.NewcomerView;
import org.agora.onboarding.entity.OnboardingSettings;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.platform.entity.Roles;

/**
 * What admins decide about onboarding: per department the communities its newcomers are asked to
 * join, who counts as a newcomer beyond the first {@value OnboardingStore#NEWCOMER_DAYS} days, and
 * who is whose buddy.
 */
@ApplicationScoped
@Transactional
public class OnboardingAdmin {

  @Inject OnboardingStore store;
  @Inject Onboarding onboarding;
  @Inject Buddies buddies;
  @Inject PeopleInBulk people;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @RolesAllowed(Roles.ADMIN)
  public OnboardingSettings settings() {
    return new OnboardingSettings(List.copyOf(store.settings().values()));
  }

  @RolesAllowed(Roles.ADMIN)
  public OnboardingSettings configure(OnboardingSettingsRequest request) {
    List<DepartmentSetup> setups = new ArrayList<>();
    Set<Long> departments = new HashSet<>();
    for (OnboardingSettingsRequest.DepartmentSetupRequest d : request.departments) {
      if (!departments.add(d.departmentId)) {
        throw Refusal.invalid("departments", "department " + d.departmentId + " is listed twice");
      }
      if (!store.departmentExists(d.departmentId)) {
        throw Refusal.invalid("departmentId", "no department with id " + d.departmentId);
      }
      List<Long> recommended = d.recommendedIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(d.recommendedIds));
      DepartmentSetup setup = new DepartmentSetup(d.departmentId, d.communityId, recommended);
      setup.toJoin().forEach(OnboardingAdmin.this::requireJoinable);
      setups.add(setup);
    }
    store.replaceSettings(setups);
    audit.record("onboarding.configured", "onboarding", null, departments.size() + " departments");
    return settings();
  }

  /** A newcomer must be able to find a community to join it: not deleted, not secret. */
  private void requireJoinable(long communityId) {
    String visibility = store.communityVisibility(communityId)
        .orElseThrow(() -> Refusal.invalid("communityIds", "no community with id " + communityId));
    if ("SECRET".equals(visibility)) {
      throw Refusal.invalid("communityIds", "community " + communityId + " is secret: newcomers could not find it");
    }
  }

  @RolesAllowed(Roles.ADMIN)
  public List<NewcomerView> newcomers() {
    return onboarding.views(store.newcomers(Instant.now(clock)));
  }

  /** Counts the person as a newcomer whenever they joined (someone who moved to a new team, say). */
  @RolesAllowed(Roles.ADMIN)
  public void flag(AgoraPrincipal admin, long personId) {
    if (people.active(List.of(personId)).isEmpty()) {
      throw Refusal.notFound("No person with id " + personId);
    }
    store.flag(personId, admin.id(), Instant.now(clock));
    audit.record("onboarding.newcomer-flagged", "person", personId, null);
  }

  @RolesAllowed(Roles.ADMIN)
  public void unflag(long personId) {
    store.unflag(personId);
    audit.record("onboarding.newcomer-unflagged", "person", personId, null);
  }

  @RolesAllowed(Roles.ADMIN)
  public void assignBuddy(AgoraPrincipal admin, long newcomerId, long buddyId) {
    buddies.assign(newcomerId, buddyId, admin.id());
    audit.record("onboarding.buddy-assigned", "person", newcomerId, "buddy " + buddyId);
  }

  @RolesAllowed(Roles.ADMIN)
  public void removeBuddy(long newcomerId) {
    if (store.removeBuddy(newcomerId)) {
      audit.record("onboarding.buddy-removed", "person", newcomerId, null);
    }
  }
}
