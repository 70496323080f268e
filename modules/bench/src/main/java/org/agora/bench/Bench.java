package org.agora.bench;

import java.util.List;

/**
 * Entry point: {@code Bench feed} runs the home-feed benchmark, {@code Bench live} the live stream,
 * {@code Bench generate} creates the benchmark organisation, {@code Bench insights} times a running
 * Agora's dashboard, {@code Bench search} its search and type-ahead, {@code Bench soak} keeps a node
 * under a fixed load for many minutes, {@code Bench import} times browser bookmark imports, {@code Bench relevance}
 * measures search relevance on the demo company (P@5, nDCG@10), {@code Bench calendar} the events' month view and
 * calendar feed, {@code Bench app} the web app in a browser, {@code Bench announcement} a company-wide
 * announcement to 10,000 open live streams. Settings come from system properties.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "feed" : args[0];
    switch (which) {
      case "feed" -> new FeedBenchmark(BenchDatabase.fromSystemProperties(), Scale.fromSystemProperties()).run();
      case "generate" -> generate(BenchDatabase.fromSystemProperties(), Scale.fromSystemProperties());
      case "insights" -> InsightsBenchmark.fromSystemProperties().run();
      case "live" -> new LiveBenchmark().run();
      case "search" -> SearchBenchmark.fromSystemProperties().run();
      case "soak" -> new SoakBenchmark().run();
      case "import" -> new ImportBenchmark().run();
      case "app" -> new AppInBrowser().run();
      case "relevance" -> RelevanceBenchmark.fromSystemProperties().run();
      case "calendar" -> new CalendarBenchmark().run();
      case "announcement" -> new AnnouncementBenchmark().run();
      default -> throw new IllegalArgumentException(
          "unknown benchmark " + which + "; known: "
              + List.of("announcement", "app", "calendar", "feed", "generate", "import", "insights", "live", "relevance", "search", "soak"));
    }
  }

  /** Creates the benchmark database with the organisation, for benchmarks against a running Agora. */
  static void generate(BenchDatabase database, Scale scale) throws Exception {
    database.prepare(false);
    long start = System.nanoTime();
    try (java.sql.Connection c = database.connect()) {
      new OrganisationGenerator(scale).generate(c);
    }
    System.out.printf(java.util.Locale.ROOT, "organisation generated in %.0f s into %s%n", (System.nanoTime() - start) / 1e9, database.url());
  }
}
