package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.people.entity.Department;
import org.agora.people.entity.DepartmentView;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Reads the company directory. Every colleague sees every active person; people who left
 * (deactivated) are seen by admins only. The single-object check and the list queries apply
 * that same rule.
 */
@ApplicationScoped
@Transactional
public class PersonDirectory {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject SkillVocabulary vocabulary;

  public static boolean canSee(AgoraPrincipal viewer, Person person) {
    return person.isActive() || viewer.admin();
  }

  public PersonView person(AgoraPrincipal viewer, long id) {
    return PersonView.of(visible(viewer, id));
  }

  /** The person, or 404 when they do not exist or the viewer may not see them. */
  public Person visible(AgoraPrincipal viewer, long id) {
    Person person = em.find(Person.class, id);
    if (person == null || !canSee(viewer, person)) {
      throw new NotFoundException("No person with id " + id);
    }
    return person;
  }

  /** The person if they can still be followed, endorsed or mentioned; else 404. */
  public Person requireActive(long id) {
    Person person = em.find(Person.class, id);
    if (person == null || !person.isActive()) {
      throw new NotFoundException("No person with id " + id);
    }
    return person;
  }

  public void requireVisible(long id) {
    requireActive(id);
  }

  public Page<PersonView> people(AgoraPrincipal viewer, PeopleFilter filter, PageRequest page) {
    StringBuilder jpql = new StringBuilder("select p from Person p where p.id > :after");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", page.after() == null ? 0L : page.after());
    if (!viewer.admin()) {
      jpql.append(" and p.active = true");
    }
    if (filter.department() != null) {
      // An id is at most 18 digits; anything else (a name, "", or a number no id can be) is a name.
      if (filter.department().matches("[0-9]{1,18}")) {
        jpql.append(" and p.department.id = :dept");
        params.put("dept", Long.valueOf(filter.department()));
      } else {
        jpql.append(" and lower(p.department.name) = lower(:dept)");
        params.put("dept", filter.department());
      }
    }
    if (filter.skill() != null) {
      jpql.append(" and :skill member of p.skills");
      params.put("skill", vocabulary.canonical(filter.skill()));
    }
    if (filter.location() != null) {
      jpql.append(" and lower(p.location) = lower(:loc)");
      params.put("loc", filter.location());
    }
    jpql.append(" order by p.id");
    TypedQuery<Person> query = em.createQuery(jpql.toString(), Person.class);
    params.forEach(query::setParameter);
    return page(query, page);
  }

  /**
   * Active people to mention: usernames starting with, or display names containing, what was typed
   * after the @ (the composer's completion). One query; at most {@code limit} people.
   */
  public java.util.List<PersonView> mentionable(String typed, int limit) {
    String prefix = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "");
    if (prefix.isEmpty()) {
      return java.util.List.of();
    }
    return em.createQuery("select p from Person p where p.active = true and (lower(p.username) like :start"
                + " or lower(p.displayName) like :inside) order by p.username", Person.class)
        .setParameter("start", prefix + "%")
        .setParameter("inside", "%" + prefix + "%")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.department")
        .setHint("eclipselink.batch", "p.skills")
        .setHint("eclipselink.batch", "p.languages")
        .setMaxResults(Math.max(1, Math.min(limit, 20)))
        .getResultList().stream()
        .map(PersonView::of)
        .toList();
  }

  /**
   * Active people whose ids a native sub-query returns, in id order: the followers, following
   * and endorsers lists all have this shape. The sub-query's parameters are ?1..?n.
   */
  @SuppressWarnings("unchecked")
  Page<PersonView> peopleByIds(String idSubquery, PageRequest page, Object... parameters) {
    int n = parameters.length;
    jakarta.persistence.Query ids =
        em.createNativeQuery(
            "select p.id from person p where p.active and p.id > ?" + (n + 1) + " and p.id in ("
                + idSubquery
                + ") order by p.id limit ?" + (n + 2));
    for (int i = 0; i < n; i++) {
      ids.setParameter(i + 1, parameters[i]);
    }
    List<Number> found =
        ids.setParameter(n + 1, page.after() == null ? 0L : page.after())
            .setParameter(n + 2, page.fetchSize())
            .getResultList();
    if (found.isEmpty()) {
      return new Page<>(List.of(), null);
    }
    TypedQuery<Person> query =
        em.createQuery("select p from Person p where p.id in :ids order by p.id", Person.class)
            .setParameter("ids", found.stream().map(Number::longValue).toList());
    return page(query, page);
  }

  private static Page<PersonView> page(TypedQuery<Person> query, PageRequest page) {
    // Load departments and skills for the whole page in two extra queries, not one per person.
    List<Person> rows =
        query
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "p.department")
            .setHint("eclipselink.batch", "p.skills")
            .setHint("eclipselink.batch", "p.languages")
            .setMaxResults(page.fetchSize())
            .getResultList();
    return Page.of(rows, page.limit(), Person::getId).map(PersonView::of);
  }

  public Page<DepartmentView> departments(PageRequest page) {
    long after = page.after() == null ? 0 : page.after();
    List<DepartmentView> views = NativeSql.rows(
        em.createNativeQuery(
                "select d.id, d.name, d.parent_id, (select count(*) from person p where p.department_id = d.id and p.active)"
                    + " from department d where d.id > ?1 order by d.id limit ?2")
            .setParameter(1, after)
            .setParameter(2, page.fetchSize()),
        r -> new DepartmentView(r.nextLong(), r.nextText(), r.nextLongOrNull(), r.nextLong()));
    return Page.of(views, page.limit(), DepartmentView::id);
  }

  public Department department(long id) {
    Department department = em.find(Department.class, id);
    if (department == null) {
      throw new NotFoundException("No department with id " + id);
    }
    return department;
  }
}
