package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Person;
import org.agora.platform.entity.AgoraPrincipal;

/** The demo company's active people in the order they were created, as the demo loaders act as them. */
@ApplicationScoped
public class DemoPeople {

  @Inject PeopleInBulk people;

  /** Each active person with their department's name (null without one), by id. */
  public List<DemoActivity.Author> active() {
    return people.active(people.activeIdsAfter(0, Integer.MAX_VALUE)).stream()
        .sorted(Comparator.comparing(Person::getId))
        .map(p -> new DemoActivity.Author(new AgoraPrincipal(p.getId(), p.getUsername(), p.isAdmin()),
            p.getDepartment() == null ? null : p.getDepartment().getName()))
        .toList();
  }
}
