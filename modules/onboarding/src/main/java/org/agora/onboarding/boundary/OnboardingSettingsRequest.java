package org.agora.onboarding.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Every department's onboarding communities; departments left out have none. */
public class OnboardingSettingsRequest {
  @NotNull @Size(max = 500) @Valid public List<@NotNull DepartmentSetupRequest> departments;

  public OnboardingSettingsRequest() {}

  public OnboardingSettingsRequest(List<DepartmentSetupRequest> departments) {
    this.departments = departments;
  }

  /** One department: its own community ({@code communityId}, may be null) and the recommended ones. */
  public static class DepartmentSetupRequest {
    @NotNull public Long departmentId;
    public Long communityId;
    @Size(max = 20) public List<@NotNull Long> recommendedIds;

    public DepartmentSetupRequest() {}

    public DepartmentSetupRequest(Long departmentId, Long communityId, List<Long> recommendedIds) {
      this.departmentId = departmentId;
      this.communityId = communityId;
      this.recommendedIds = recommendedIds;
    }
  }
}
