package org.agora.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Precision at 5 and nDCG at 10 of one ranking against graded judgments (3 exactly what was wanted,
 * 2 relevant, 1 marginal; unjudged documents are 0).
 */
final class RelevanceMetrics {

  /** The grade from which a hit counts as relevant for precision. */
  static final int RELEVANT = 2;

  private RelevanceMetrics() {}

  /** The share of the first {@code k} places held by relevant documents (a short ranking's empty places count as misses). */
  static double precisionAt(int k, List<String> ranking, Map<String, Integer> grades) {
    long relevant = ranking.stream().limit(k).filter(key -> grades.getOrDefault(key, 0) >= RELEVANT).count();
    return relevant / (double) k;
  }

  /** Normalised discounted cumulative gain: gain 2^grade - 1, discount log2(place + 1), ideal from all judgments. */
  static double ndcgAt(int k, List<String> ranking, Map<String, Integer> grades) {
    double dcg = dcg(k, ranking.stream().map(key -> grades.getOrDefault(key, 0)).toList());
    double ideal = dcg(k, grades.values().stream().sorted(Comparator.reverseOrder()).toList());
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double dcg(int k, List<Integer> gradesInOrder) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, gradesInOrder.size()); i++) {
      sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }
}
