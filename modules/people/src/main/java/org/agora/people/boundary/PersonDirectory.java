package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.agora.people.entity.Department;
import org.agora.people.entity.DepartmentView;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;

/** Reads the company directory: people and departments. Every colleague may read it. */
@ApplicationScoped
@Transactional
public class PersonDirectory {

  @PersistenceContext EntityManager em;

  public PersonView person(long id) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new NotFoundException("No person with id " + id);
    }
    return PersonView.of(person);
  }

  public Page<PersonView> people(PeopleFilter filter, PageRequest page) {
    StringBuilder jpql = new StringBuilder("select p from Person p where p.active = true");
    List<Object[]> params = new ArrayList<>();
    if (page.after() != null) {
      jpql.append(" and p.id > :after");
      params.add(new Object[] {"after", page.after()});
    }
    if (filter.department() != null) {
      if (filter.department().chars().allMatch(Character::isDigit)) {
        jpql.append(" and p.department.id = :dept");
        params.add(new Object[] {"dept", Long.valueOf(filter.department())});
      } else {
        jpql.append(" and lower(p.department.name) = lower(:dept)");
        params.add(new Object[] {"dept", filter.department()});
      }
    }
    if (filter.skill() != null) {
      jpql.append(" and :skill member of p.skills");
      params.add(new Object[] {"skill", filter.skill()});
    }
    if (filter.location() != null) {
      jpql.append(" and lower(p.location) = lower(:loc)");
      params.add(new Object[] {"loc", filter.location()});
    }
    jpql.append(" order by p.id");
    TypedQuery<Person> query = em.createQuery(jpql.toString(), Person.class);
    params.forEach(p -> query.setParameter((String) p[0], p[1]));
    // Load departments and skills for the whole page in two extra queries, not one per person.
    List<Person> rows =
        query
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "p.department")
            .setHint("eclipselink.batch", "p.skills")
            .setMaxResults(page.fetchSize())
            .getResultList();
    return Page.of(rows, page.limit(), Person::getId).map(PersonView::of);
  }

  public Page<DepartmentView> departments(PageRequest page) {
    long after = page.after() == null ? 0 : page.after();
    List<Object[]> rows =
        em.createQuery(
                "select d, (select count(p) from Person p where p.department = d and p.active = true)"
                    + " from Department d where d.id > :after order by d.id",
                Object[].class)
            .setParameter("after", after)
            .setMaxResults(page.fetchSize())
            .getResultList();
    List<DepartmentView> views =
        rows.stream()
            .map(
                r -> {
                  Department d = (Department) r[0];
                  Department parent = d.getParent();
                  return new DepartmentView(
                      d.getId(), d.getName(), parent == null ? null : parent.getId(), (Long) r[1]);
                })
            .toList();
    return Page.of(views, page.limit(), DepartmentView::id);
  }
}
