package org.agora.bench;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;

/**
 * The relevance benchmark's baseline: the text query as production asked it before the German and
 * English analysis (QueryComposer.text at commit 68c6d2d), over the standard-analyzer mappings of
 * that commit (resources relevance/standard/).
 */
final class StandardTextQuery {

  private StandardTextQuery() {}

  static final List<String> FIELDS =
      List.of("title^3", "tags^2", "body", "author", "job_title", "department", "community", "location");

  /** Any of the alternative texts, on the shared fields. */
  static Query text(List<String> texts) {
    return Query.of(q -> q.bool(b -> {
      for (String alternative : texts) {
        b.should(s -> s.multiMatch(m -> m
            .query(alternative)
            .fields(FIELDS)
            .type(TextQueryType.CrossFields)
            .operator(Operator.Or)
            .minimumShouldMatch("2<-25%")));
      }
      return b.minimumShouldMatch("1");
    }));
  }
}
