package org.agora.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judged query with its references resolved to document keys. A reference may name several
 * documents (the same bookmark saved by many, the same text posted by several people); a reader
 * wants it once, so only its first copy in a ranking counts, and the ideal ranking has it once.
 *
 * @param referenceOfKey the judged reference (its label) of each document key it names
 * @param grades the grade of each reference, by label
 */
record ResolvedQuery(Judgments.JudgedQuery query, Map<String, String> referenceOfKey, Map<String, Integer> grades) {

  /** The ranking as the metrics see it: a judged reference's label at its first copy, any other document as itself. */
  List<String> judged(List<String> keys) {
    List<String> labels = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      String reference = referenceOfKey.get(key);
      labels.add(reference != null && seen.add(reference) ? reference : "copy or unjudged: " + key);
    }
    return labels;
  }

  double precisionAt5(List<String> keys) {
    return RelevanceMetrics.precisionAt(5, judged(keys), grades);
  }

  double ndcgAt10(List<String> keys) {
    return RelevanceMetrics.ndcgAt(10, judged(keys), grades);
  }
}
