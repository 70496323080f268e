package org.agora.onboarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.onboarding.control.OnboardingStore;
import org.agora.onboarding.control.OnboardingStore.Newcomer;
import org.agora.onboarding.control.Progress;
import org.agora.onboarding.control.StepRules;
import org.agora.onboarding.entity.Checklist;
import org.agora.onboarding.entity.NewcomerView;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.PersonView;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * A newcomer's checklist, computed on every read from what they did (the published views of
 * people, communities and activity), and the newcomers a buddy looks after. Each person reads only
 * their own; the buddy's newcomers are colleagues whose profiles everyone may see anyway.
 */
@ApplicationScoped
@Transactional
public class Onboarding {

  @Inject OnboardingStore store;
  @Inject PeopleInBulk people;
  @Inject Clock clock;

  public Checklist checklist(AgoraPrincipal me) {
    return store.newcomer(me.id(), Instant.now(clock)).map(n -> {
      PersonView buddy = n.buddyId() == null ? null : activePeople(Set.of(n.buddyId())).get(n.buddyId());
      Progress progress = store.progress(me.id(), buddy == null ? null : buddy.id());
      return new Checklist(true, StepRules.steps(progress), buddy);
    }).orElse(Checklist.none());
  }

  /** The newcomers whose buddy {@code me} is, with how far each has come. */
  public List<NewcomerView> myNewcomers(AgoraPrincipal me) {
    return views(store.newcomersOf(me.id(), Instant.now(clock)));
  }

  /** Newcomers as views, leaving out anyone no longer active. */
  List<NewcomerView> views(List<Newcomer> newcomers) {
    Set<Long> ids = new HashSet<>();
    newcomers.forEach(n -> {
      ids.add(n.personId());
      if (n.buddyId() != null) {
        ids.add(n.buddyId());
      }
    });
    Map<Long, PersonView> shown = activePeople(ids);
    return newcomers.stream().filter(n -> shown.containsKey(n.personId())).map(n -> {
      PersonView buddy = n.buddyId() == null ? null : shown.get(n.buddyId());
      var steps = StepRules.steps(store.progress(n.personId(), buddy == null ? null : buddy.id()));
      return new NewcomerView(shown.get(n.personId()), n.joinedAt(), n.flagged(), buddy,
          steps.stream().filter(s -> s.done()).count(), steps.size());
    }).toList();
  }

  private Map<Long, PersonView> activePeople(Set<Long> ids) {
    return people.active(ids).stream().map(PersonView::of).collect(Collectors.toMap(PersonView::id, Function.identity()));
  }
}
