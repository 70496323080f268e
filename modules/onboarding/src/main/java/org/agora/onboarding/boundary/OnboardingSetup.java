package org.agora.onboarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.agora.onboarding.control.OnboardingStore;
import org.agora.onboarding.entity.DepartmentSetup;

/**
 * Sets one department's onboarding communities without a signed-in admin: for the demo loader,
 * which runs at start-up. Admins use {@link OnboardingAdmin#configure}, which checks the role.
 */
@ApplicationScoped
@Transactional
public class OnboardingSetup {

  @Inject OnboardingStore store;

  public void department(long departmentId, Long communityId, List<Long> recommendedIds) {
    List<DepartmentSetup> all = new ArrayList<>(store.settings().values());
    all.removeIf(s -> s.departmentId() == departmentId);
    all.add(new DepartmentSetup(departmentId, communityId, recommendedIds));
    store.replaceSettings(all);
  }
}
