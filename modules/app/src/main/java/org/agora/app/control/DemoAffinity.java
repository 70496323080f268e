package org.agora.app.control;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Who talks to whom in the demo company, shaped like a real firm rather than evenly at random:
 * half of all replies, reactions and mentions stay in the department; strong pairs work closely
 * (Sales with Customer Success, Engineering with Platform Operations, Product Management with
 * Design); Legal & Compliance keeps nearly to itself. Insights then show something worth acting on.
 */
final class DemoAffinity {

  static final String ISOLATED = "Legal & Compliance";

  private static final Map<String, String> PARTNERS = Map.of(
      "Sales", "Customer Success",
      "Customer Success", "Sales",
      "Engineering", "Platform Operations",
      "Platform Operations", "Engineering",
      "Product Management", "Design",
      "Design", "Product Management");

  private final List<DemoActivity.Author> everyone;
  private final List<DemoActivity.Author> open;
  private final Map<String, List<DemoActivity.Author>> byDepartment;

  DemoAffinity(List<DemoActivity.Author> authors) {
    everyone = authors;
    open = authors.stream().filter(a -> !ISOLATED.equals(a.department())).toList();
    byDepartment = authors.stream().filter(a -> a.department() != null)
        .collect(Collectors.groupingBy(DemoActivity.Author::department));
  }

  /** Someone {@code author} replies to, reacts to or mentions. */
  DemoActivity.Author partnerOf(DemoActivity.Author author, Random random) {
    List<DemoActivity.Author> own = byDepartment.getOrDefault(author.department(), everyone);
    double roll = random.nextDouble();
    if (ISOLATED.equals(author.department())) {
      return roll < 0.95 ? pick(own, random) : pick(everyone, random);
    }
    if (roll < 0.5) {
      return pick(own, random);
    }
    String partner = PARTNERS.get(author.department());
    if (partner != null && roll < 0.8) {
      return pick(byDepartment.getOrDefault(partner, own), random);
    }
    // The rest of the firm, where Legal & Compliance is rarely asked in.
    return random.nextDouble() < 0.03 ? pick(byDepartment.getOrDefault(ISOLATED, open), random) : pick(open, random);
  }

  private static DemoActivity.Author pick(List<DemoActivity.Author> authors, Random random) {
    return authors.get(random.nextInt(authors.size()));
  }
}
