package org.agora.onboarding.entity;

import java.util.List;

/** The admins' onboarding settings: per department, the communities its newcomers are asked to join. */
public record OnboardingSettings(List<DepartmentSetup> departments) {}
