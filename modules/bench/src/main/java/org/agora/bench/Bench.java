package org.agora.bench;

import java.util.Map;

/** Entry point: {@code Bench feed} runs the home-feed benchmark, {@code Bench live} the live stream. Settings come from system properties. */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "feed" : args[0];
    switch (which) {
      case "feed" -> new FeedBenchmark(BenchDatabase.fromSystemProperties(), Scale.fromSystemProperties()).run();
      case "live" -> new LiveBenchmark().run();
      default -> throw new IllegalArgumentException(
          "unknown benchmark " + which + "; known: " + Map.of("feed", "home feed", "live", "live stream").keySet());
    }
  }
}
