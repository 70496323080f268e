package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Set;

/**
 * The relevance benchmark's use of production's text query ({@link TextMatch#query} and, when
 * that finds nothing, {@link TextMatch#withTypos} for the words found nowhere) with the alternative texts
 * {@link QueryComposer#alternatives} makes. Not a bean: the planless variant bundle
 * ({@code PlanlessPagePlans}) carries this class along unused.
 */
public final class DesignTextQuery {

  private DesignTextQuery() {}

  /** The texts to search for, as production makes them, without topic aliases. */
  public static List<String> texts(String typed) {
    return QueryComposer.alternatives(typed, word -> "");
  }

  public static Query text(List<String> texts) {
    return TextMatch.query(texts);
  }

  public static Query textWithTypos(List<String> texts, Set<String> misspelt) {
    return TextMatch.withTypos(texts, misspelt);
  }

  public static List<String> forgivableWords(String typed) {
    return TextMatch.forgivableWords(typed);
  }
}
