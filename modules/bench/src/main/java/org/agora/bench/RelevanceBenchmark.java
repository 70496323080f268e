package org.agora.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.search.control.DesignTextQuery;

/**
 * Search relevance on the demo company, standard analyzer against the new design, in one run: reads
 * every document of a running demo Agora's Elasticsearch ({@code -Dbench.es}), loads them into two
 * sets of the bench's own indexes (today's mappings, copied in relevance/standard/; the search
 * module's current ones), asks every judged query of relevance/judgments.tsv against each (today's
 * text query; production's), and prints P@5 and nDCG@10 by language ({@code -Dbench.detail=true}:
 * also per query). The indexes are deleted again at the end.
 */
public final class RelevanceBenchmark {

  static final String JUDGMENTS = "/relevance/judgments.tsv";
  static final int DEPTH = 10;

  private final ElasticsearchClient client;
  private final boolean detail = Boolean.getBoolean("bench.detail");

  RelevanceBenchmark(ElasticsearchClient client) {
    this.client = client;
  }

  static RelevanceBenchmark fromSystemProperties() {
    Rest5Client rest = Rest5Client.builder(URI.create(System.getProperty("bench.es", "http://127.0.0.1:9200"))).build();
    return new RelevanceBenchmark(new ElasticsearchClient(
        new Rest5ClientTransport(rest, new JacksonJsonpMapper(), null, NoopInstrumentation.INSTANCE)));
  }

  /** One query's figures under both sets. */
  record Measured(Judgments.JudgedQuery query, double p5Standard, double p5Design, double ndcgStandard,
      double ndcgDesign, boolean typos) {}

  public void run() throws IOException {
    // The client's I/O threads are not daemons: without closing it, a failed run would never end.
    try (var transport = client._transport()) {
      measure();
    }
  }

  private void measure() throws IOException {
    List<Judgments.JudgedQuery> queries = judgments();
    RelevanceCorpus corpus = RelevanceCorpus.read(client);
    System.out.printf("relevance: %d documents, %d judged queries%n", corpus.size(), queries.size());
    List<ResolvedQuery> judged = resolve(queries, corpus);
    System.out.println("standard set:");
    try (RelevanceIndexes standard = RelevanceIndexes.create(client, "standard", "/relevance/standard", List.of(1), corpus)) {
      System.out.println("design set:");
      try (RelevanceIndexes design = RelevanceIndexes.create(client, "design", "/search", List.of(3), corpus)) {
        List<Measured> measured = new ArrayList<>();
        for (ResolvedQuery query : judged) {
          measured.add(measure(query, standard, design));
        }
        print(measured);
      }
    }
  }

  private static List<Judgments.JudgedQuery> judgments() throws IOException {
    try (InputStream in = RelevanceBenchmark.class.getResourceAsStream(JUDGMENTS)) {
      if (in == null) {
        throw new IllegalStateException("no " + JUDGMENTS + " on the class path");
      }
      return Judgments.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  /** Each query's references as document keys; a reference that names no document is a mistake in the judgments. */
  private static List<ResolvedQuery> resolve(List<Judgments.JudgedQuery> queries, RelevanceCorpus corpus) {
    Map<Judgments.Reference, Set<String>> keys = new HashMap<>();
    List<ResolvedQuery> resolved = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Judgments.JudgedQuery query : queries) {
      Map<String, String> referenceOfKey = new HashMap<>();
      Map<String, Integer> grades = new HashMap<>();
      query.grades().forEach((reference, grade) -> {
        Set<String> named = keys.computeIfAbsent(reference, corpus::keysOf);
        if (named.isEmpty()) {
          unknown.add(query.text() + " -> " + reference.type() + " \"" + reference.name() + "\"");
        }
        String label = reference.type() + ": " + reference.name();
        named.forEach(key -> referenceOfKey.put(key, label));
        grades.put(label, grade);
      });
      resolved.add(new ResolvedQuery(query, referenceOfKey, grades));
    }
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("judged references that name no document (a typo in " + JUDGMENTS
          + ", or not the demo data):\n  " + String.join("\n  ", unknown));
    }
    return resolved;
  }

  private Measured measure(ResolvedQuery judged, RelevanceIndexes standard, RelevanceIndexes design) throws IOException {
    List<String> texts = DesignTextQuery.texts(judged.query().text());
    List<String> today = top(standard, StandardTextQuery.text(texts));
    List<String> designed = top(design, DesignTextQuery.text(texts));
    boolean typos = designed.isEmpty();
    if (typos) {
      designed = top(design, DesignTextQuery.textWithTypos(texts, misspelt(design, judged.query().text())));
    }
    return new Measured(judged.query(), judged.precisionAt5(today), judged.precisionAt5(designed),
        judged.ndcgAt10(today), judged.ndcgAt10(designed), typos);
  }

  /** As production: the words worth forgiving that no document of the set holds in any form. */
  private Set<String> misspelt(RelevanceIndexes set, String typed) throws IOException {
    Set<String> misspelt = new LinkedHashSet<>();
    for (String word : DesignTextQuery.forgivableWords(typed)) {
      if (top(set, DesignTextQuery.text(List.of(word))).isEmpty()) {
        misspelt.add(word);
      }
    }
    return misspelt;
  }

  /** The keys of the best {@link #DEPTH} hits by score over all indexes of the set. */
  @SuppressWarnings("rawtypes")
  private List<String> top(RelevanceIndexes set, Query text) throws IOException {
    List<String> keys = new ArrayList<>();
    for (Hit<Map> hit : client.search(s -> s.index(set.names()).query(text).size(DEPTH)
        .source(src -> src.filter(f -> f.includes("key"))), Map.class).hits().hits()) {
      keys.add(String.valueOf(hit.source().get("key")));
    }
    return keys;
  }

  private void print(List<Measured> measured) {
    if (detail) {
      System.out.println();
      System.out.println("lang | query | P@5 standard | P@5 design | nDCG@10 standard | nDCG@10 design");
      for (Measured m : measured) {
        System.out.printf(Locale.ROOT, "%s | %s | %.2f | %.2f | %.3f | %.3f%s%n", m.query().lang(), m.query().text(),
            m.p5Standard(), m.p5Design(), m.ndcgStandard(), m.ndcgDesign(), m.typos() ? " (typos)" : "");
      }
    }
    System.out.println();
    System.out.println("P@5: share of the first 5 hits graded 2 or 3; nDCG@10: gain 2^grade - 1, ideal from all judgments");
    System.out.println("| language | queries | P@5 standard | P@5 design | nDCG@10 standard | nDCG@10 design | difference |");
    System.out.println("|---|---|---|---|---|---|---|");
    Map<String, List<Measured>> byLanguage = new LinkedHashMap<>();
    measured.forEach(m -> byLanguage.computeIfAbsent(m.query().lang(), l -> new ArrayList<>()).add(m));
    byLanguage.forEach((lang, ms) -> {
      double ndcgStandard = mean(ms, Measured::ndcgStandard);
      double ndcgDesign = mean(ms, Measured::ndcgDesign);
      System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.3f | %.3f | %+.3f |%n", lang, ms.size(),
          mean(ms, Measured::p5Standard), mean(ms, Measured::p5Design), ndcgStandard, ndcgDesign, ndcgDesign - ndcgStandard);
    });
  }

  private static double mean(List<Measured> ms, java.util.function.ToDoubleFunction<Measured> figure) {
    return ms.stream().mapToDouble(figure).average().orElse(0);
  }
}
