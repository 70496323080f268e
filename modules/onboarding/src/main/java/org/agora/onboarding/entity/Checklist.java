package org.agora.onboarding.entity;

import java.util.List;
import org.agora.people.entity.PersonView;

/** A person's onboarding: whether they are a newcomer, their steps (none if not) and their buddy. */
public record Checklist(boolean newcomer, List<Step> steps, PersonView buddy) {

  public static Checklist none() {
    return new Checklist(false, List.of(), null);
  }

  public long done() {
    return steps.stream().filter(Step::done).count();
  }
}
