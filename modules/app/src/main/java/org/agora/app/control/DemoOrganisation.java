package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.people.boundary.Accounts;
import org.agora.people.boundary.Endorsements;
import org.agora.people.boundary.Following;

/**
 * A believable company for demos and manual testing: departments with people whose titles,
 * locations and skills fit their work. Always the same organisation (fixed seed). Every account's
 * password is {@value #PASSWORD}; the admin logs in as {@code admin}.
 */
@ApplicationScoped
public class DemoOrganisation {

  public static final String PASSWORD = "agora-demo";
  private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

  record DepartmentPlan(String name, String parent, List<String> titles, List<String> skills) {}

  static final List<DepartmentPlan> DEPARTMENTS =
      List.of(
          new DepartmentPlan("Engineering", null,
              List.of("Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager"),
              List.of("java", "kubernetes", "postgresql", "jakarta ee", "microservices", "elasticsearch", "typescript", "security")),
          new DepartmentPlan("Platform Operations", "Engineering",
              List.of("Site Reliability Engineer", "DevOps Engineer", "Cloud Architect"),
              List.of("kubernetes", "terraform", "linux", "observability", "aws", "incident management")),
          new DepartmentPlan("Product Management", null,
              List.of("Product Manager", "Senior Product Manager", "Product Owner"),
              List.of("roadmapping", "user research", "agile", "analytics", "pricing")),
          new DepartmentPlan("Design", "Product Management",
              List.of("UX Designer", "UI Designer", "UX Researcher"),
              List.of("figma", "accessibility", "user research", "design systems", "prototyping")),
          new DepartmentPlan("Sales", null,
              List.of("Account Executive", "Sales Engineer", "Key Account Manager", "Head of Sales EMEA"),
              List.of("negotiation", "salesforce", "public sector", "pricing", "presentations")),
          new DepartmentPlan("Marketing", null,
              List.of("Content Marketing Manager", "Campaign Manager", "Brand Manager", "SEO Specialist"),
              List.of("seo", "copywriting", "events", "social media", "analytics")),
          new DepartmentPlan("Customer Success", null,
              List.of("Customer Success Manager", "Support Engineer", "Onboarding Specialist"),
              List.of("customer onboarding", "zendesk", "training", "postgresql", "escalation management")),
          new DepartmentPlan("Finance", null,
              List.of("Financial Controller", "Accountant", "FP&A Analyst"),
              List.of("controlling", "sap", "excel", "ifrs", "budgeting")),
          new DepartmentPlan("People & Culture", null,
              List.of("HR Business Partner", "Talent Acquisition Specialist", "Learning & Development Lead"),
              List.of("recruiting", "employer branding", "labour law", "coaching", "onboarding")),
          new DepartmentPlan("Legal & Compliance", null,
              List.of("Legal Counsel", "Data Protection Officer", "Compliance Manager"),
              List.of("gdpr", "contracts", "compliance", "iso 27001", "labour law")));

  static final List<String> FIRST_NAMES =
      List.of("Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ines", "Jonas",
          "Katharina", "Lukas", "Mara", "Niklas", "Olga", "Paul", "Quentin", "Rosa", "Stefan", "Tara",
          "Ulrich", "Vera", "Wojciech", "Xenia", "Yusuf", "Zoe", "Amira", "Björn", "Chiara", "Dmitri",
          "Emma", "Farid", "Giulia", "Henrik", "Ingrid", "Jamal", "Kerstin", "Leon", "Mei", "Nora");

  static final List<String> LAST_NAMES =
      List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
          "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Kowalski", "Rossi", "Dubois",
          "Jansen", "Nowak", "Yilmaz", "García", "Andersson", "O'Brien", "Novák", "Costa", "Lindqvist");

  static final List<String> LOCATIONS =
      List.of("Berlin", "Munich", "Hamburg", "Vienna", "Zurich", "Amsterdam", "Remote");

  static final int PEOPLE_PER_DEPARTMENT = 7;

  @Inject Accounts accounts;
  @Inject org.agora.people.boundary.JoinBackdating joins;
  @Inject Following following;
  @Inject Endorsements endorsements;

  /** A demo person as created, for wiring up follows and endorsements. */
  record Member(long id, String department, Set<String> skills) {}

  @Transactional
  public void load() {
    Random random = new Random(42);
    String passwordHash = accounts.hashPassword(PASSWORD);
    java.util.Map<String, Long> departmentIds = new java.util.HashMap<>();
    for (DepartmentPlan plan : DEPARTMENTS) {
      departmentIds.put(plan.name(), accounts.createDepartment(plan.name(), departmentIds.get(plan.parent())));
    }
    List<Member> members = new java.util.ArrayList<>();
    long adminId = accounts.create(
        new Accounts.NewPerson("admin", "Agora Admin", "admin@agora.example", "Intranet Administrator",
            departmentIds.get("People & Culture"), "Berlin", null,
            "I look after Agora. Ask me anything about the intranet.", Set.of("intranet", "community management"),
            passwordHash, true));
    Set<String> usernames = new LinkedHashSet<>();
    int people = 1;
    for (DepartmentPlan plan : DEPARTMENTS) {
      for (int i = 0; i < PEOPLE_PER_DEPARTMENT; i++) {
        String first = pick(FIRST_NAMES, random);
        String last = pick(LAST_NAMES, random);
        String username = uniqueUsername(first, last, usernames);
        Set<String> skills = skillsFor(plan, random);
        long id = accounts.create(
            new Accounts.NewPerson(username, first + " " + last, username + "@agora.example",
                plan.titles().get(i % plan.titles().size()), departmentIds.get(plan.name()),
                pick(LOCATIONS, random), "+49 30 " + (5550000 + random.nextInt(9999)),
                "Working in " + plan.name() + ". Happy to help with " + plan.skills().get(i % plan.skills().size()) + ".",
                skills, passwordHash, false));
        members.add(new Member(id, plan.name(), skills));
        people++;
      }
    }
    connect(members, adminId, random);
    int total = people;
    joins.spreadOverYears(); // before anyone posts: none of them is a newcomer whose first post is announced
    LOG.info(() -> "demo organisation loaded: " + DEPARTMENTS.size() + " departments, " + total + " people");
  }

  /**
   * Follows with a heavy tail (a few people are followed by many, as in every real network) and
   * endorsements mostly among departmental colleagues.
   */
  private void connect(List<Member> members, long adminId, Random random) {
    for (Member member : members) {
      int follows = 3 + random.nextInt(10);
      for (int f = 0; f < follows; f++) {
        // Squaring a uniform draw favours the first people: they become the well-followed ones.
        double skewed = Math.pow(random.nextDouble(), 2);
        Member followee = members.get((int) (skewed * members.size()));
        if (followee.id() != member.id()) {
          following.follow(member.id(), followee.id());
        }
      }
      following.follow(member.id(), adminId);
      List<Member> colleagues =
          members.stream().filter(m -> m.department().equals(member.department()) && m.id() != member.id()).toList();
      for (int e = 0; e < 2 && !colleagues.isEmpty(); e++) {
        Member colleague = pick(colleagues, random);
        endorsements.endorse(member.id(), colleague.id(), pick(List.copyOf(colleague.skills()), random));
      }
    }
  }

  private static Set<String> skillsFor(DepartmentPlan plan, Random random) {
    Set<String> skills = new LinkedHashSet<>();
    int count = 2 + random.nextInt(3);
    while (skills.size() < count) {
      skills.add(pick(plan.skills(), random));
    }
    return skills;
  }

  private static String uniqueUsername(String first, String last, Set<String> taken) {
    String base = ascii(first.charAt(0) + last);
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  static String ascii(String name) {
    return java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replace("ß", "ss")
        .replaceAll("[^a-z0-9]", "");
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
