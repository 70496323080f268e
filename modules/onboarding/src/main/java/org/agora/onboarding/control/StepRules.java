package org.agora.onboarding.control;

import java.util.ArrayList;
import java.util.List;
import org.agora.onboarding.entity.Step;

/**
 * The checklist's rules, computed from what a newcomer did (nothing is ticked by hand, so nothing
 * can drift): a profile with a photo, skills and languages; following at least three colleagues of
 * the department (all of them when it has fewer); membership of every community the admins set for
 * the department; following the buddy; a first post. The communities and buddy steps appear only
 * when there is something to join or a buddy.
 */
public final class StepRules {

  /** How many colleagues of the own department a newcomer is asked to follow. */
  public static final int COLLEAGUES_TO_FOLLOW = 3;

  private StepRules() {}

  public static List<Step> steps(Progress p) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("profile", p.hasPhoto() && p.skills() > 0 && p.languages() > 0, "people/" + p.personId()));
    steps.add(new Step("colleagues", p.colleaguesFollowed() >= Math.min(COLLEAGUES_TO_FOLLOW, p.colleagues()), "people"));
    if (!p.communitiesToJoin().isEmpty()) {
      Long next = p.communitiesToJoin().stream().filter(id -> !p.joined().contains(id)).findFirst().orElse(null);
      steps.add(new Step("communities", next == null, "communities/" + (next == null ? p.communitiesToJoin().get(0) : next)));
    }
    if (p.buddyId() != null) {
      steps.add(new Step("buddy", p.followsBuddy(), "people/" + p.buddyId()));
    }
    steps.add(new Step("first-post", p.posted(), ""));
    return steps;
  }
}
