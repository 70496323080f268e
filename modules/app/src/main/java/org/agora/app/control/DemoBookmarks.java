package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.agora.bookmarks.boundary.BookmarkRequest;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.platform.entity.AgoraPrincipal;

/** Hundreds of bookmarks across departments: the links each department really reads, shared and private. */
@ApplicationScoped
public class DemoBookmarks {

  private static final Logger LOG = Logger.getLogger(DemoBookmarks.class.getName());

  record Link(String url, String title, List<String> tags) {}

  static final Map<String, List<Link>> READING =
      Map.of(
          "Engineering", List.of(
              new Link("https://kubernetes.io/docs/concepts/", "Kubernetes concepts", List.of("kubernetes", "docs")),
              new Link("https://jakarta.ee/specifications/platform/10/", "Jakarta EE 10 platform", List.of("java", "jakarta-ee")),
              new Link("https://www.postgresql.org/docs/current/indexes.html", "PostgreSQL indexes", List.of("postgresql", "performance")),
              new Link("https://owasp.org/www-project-application-security-verification-standard/", "OWASP ASVS", List.of("security"))),
          "Platform Operations", List.of(
              new Link("https://sre.google/sre-book/table-of-contents/", "Site Reliability Engineering", List.of("sre", "oncall")),
              new Link("https://developer.hashicorp.com/terraform/docs", "Terraform docs", List.of("terraform"))),
          "Product Management", List.of(
              new Link("https://www.svpg.com/articles/", "SVPG articles", List.of("product", "roadmap"))),
          "Design", List.of(
              new Link("https://www.w3.org/WAI/standards-guidelines/wcag/", "WCAG overview", List.of("accessibility")),
              new Link("https://vaadin.com/docs/latest/components", "Vaadin components", List.of("design-system"))),
          "Marketing", List.of(
              new Link("https://developers.google.com/search/docs", "Google Search Central", List.of("seo"))),
          "Finance", List.of(
              new Link("https://www.ifrs.org/issued-standards/list-of-standards/ifrs-16-leases/", "IFRS 16 Leases", List.of("ifrs", "controlling"))),
          "Legal & Compliance", List.of(
              new Link("https://gdpr-info.eu/", "GDPR text", List.of("gdpr")),
              new Link("https://www.iso.org/standard/27001", "ISO/IEC 27001", List.of("iso27001", "security"))),
          "People & Culture", List.of(
              new Link("https://www.shrm.org/topics-tools", "SHRM topics", List.of("hr", "onboarding"))));

  @Inject DemoPeople people;
  @Inject Bookmarks bookmarks;

  @Transactional
  public void load() {
    Random random = new Random(99);
    int saved = 0;
    for (DemoActivity.Author author : people.active()) {
      AgoraPrincipal person = new AgoraPrincipal(author.principal().id(), author.principal().username(), false);
      List<Link> own = READING.getOrDefault(author.department(), READING.get("Engineering"));
      List<Link> others = READING.values().stream().flatMap(List::stream).toList();
      for (int i = 0; i < 4; i++) {
        Link link = i < 2 ? own.get(random.nextInt(own.size())) : others.get(random.nextInt(others.size()));
        BookmarkRequest request = new BookmarkRequest();
        request.url = link.url();
        request.title = link.title();
        request.tags = link.tags();
        request.description = random.nextBoolean() ? "Useful reference for our team." : null;
        request.visibility = random.nextInt(4) == 0 ? BookmarkVisibility.PRIVATE : BookmarkVisibility.PUBLIC;
        bookmarks.save(person, request);
        saved++;
      }
    }
    int total = saved;
    LOG.info(() -> "demo bookmarks saved: " + total);
  }
}
