package org.agora.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * What readers of the benchmark organisation search for, drawn from the words the generator wrote
 * ({@code benchmark post 4711}, {@code User 42}, {@code Community 7}, {@code tag17},
 * {@code benchmark link 300}, {@code Department 3}, German words of a third of the posts): mostly specific searches, some with facet
 * filters, a few broad ones that match most of the million documents; and type-ahead prefixes.
 */
final class SearchWorkload {

  /** One search: its kind (for per-kind percentiles), the words, and the API's query string. */
  record Query(String kind, String text, String parameters) {}

  /**
   * What colleagues type to find the generator's German posts: words, their other forms, parts of
   * compounds, umlauts written out, and a typo or two.
   */
  static final List<String> GERMAN = List.of("Datenbank", "Datenbankmigrationen", "Kundendatenbank", "Projekt",
      "Projektleiterin", "Urlaubsantrag", "Reisekosten", "Abrechnung", "Arbeitszeit", "Schulung", "Zugangsdaten",
      "Betriebsvereinbarung", "Homeoffice", "Quartalszahl", "Lieferantenvertraege", "Datenschutz", "Besprechung",
      "Wartung", "Fortbildung", "Bewerbungsgespraech", "Kundenzufriedenheit", "Softwareentwicklung", "Reisekostenabrechnug",
      "Sicherheitschulung");

  private final Scale scale;

  SearchWorkload(Scale scale) {
    this.scale = scale;
  }

  Query next(Random random) {
    int dice = random.nextInt(100);
    int tag = random.nextInt(scale.tags());
    if (dice < 20) {
      return query("post", "benchmark post " + (1 + random.nextInt(scale.activities())), "");
    }
    if (dice < 25) {
      return query("german", GERMAN.get(random.nextInt(GERMAN.size())), "");
    }
    if (dice < 40) {
      return query("tag", "tag" + tag, "");
    }
    if (dice < 52) {
      return query("person", "user " + (1 + random.nextInt(scale.people())), "");
    }
    if (dice < 60) {
      return query("community", "community " + (1 + random.nextInt(scale.communities())), "");
    }
    if (dice < 70) {
      return query("bookmark", "benchmark link " + (1 + random.nextInt(scale.bookmarks())), "");
    }
    if (dice < 80) {
      return query("tag+type", "tag" + tag, "&type=post,comment&tag=tag" + tag);
    }
    if (dice < 88) {
      return query("person+department", "user " + (1 + random.nextInt(scale.people())),
          "&department=" + encode("Department " + (1 + random.nextInt(scale.departments()))));
    }
    if (dice < 95) {
      return query("tag+from", "tag" + tag, "&from=2026-11-01");
    }
    return query("broad", random.nextBoolean() ? "benchmark" : "benchmark comment", "");
  }

  /** A prefix as someone types it: people's names and usernames, communities, tags. */
  String prefix(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> cut("user " + (1 + random.nextInt(scale.people())), random);
      case 1 -> cut("user" + (1 + random.nextInt(scale.people())), random);
      case 2 -> cut("community " + (1 + random.nextInt(scale.communities())), random);
      case 3, 4 -> cut("tag" + random.nextInt(scale.tags()), random);
      default -> List.of("us", "co", "ta", "be", "de").get(random.nextInt(5));
    };
  }

  private static String cut(String word, Random random) {
    return word.substring(0, Math.min(word.length(), 2 + random.nextInt(word.length() - 1)));
  }

  private static Query query(String kind, String text, String filters) {
    return new Query(kind, text, "q=" + encode(text) + filters);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
