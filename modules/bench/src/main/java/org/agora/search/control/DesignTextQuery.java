package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;

/**
 * The relevance benchmark's access to production's text query ({@link QueryComposer#text} and,
 * when that finds nothing, {@link QueryComposer#textWithTypos}), which is package-private. Not a
 * bean: the planless variant bundle ({@code PlanlessPagePlans}) carries this class along unused.
 */
public final class DesignTextQuery {

  private DesignTextQuery() {}

  /** The texts to search for, as production makes them, without topic aliases. */
  public static List<String> texts(String typed) {
    return QueryComposer.alternatives(typed, word -> "");
  }

  public static Query text(List<String> texts) {
    return QueryComposer.text(texts);
  }

  public static Query textWithTypos(List<String> texts) {
    return QueryComposer.textWithTypos(texts);
  }
}
