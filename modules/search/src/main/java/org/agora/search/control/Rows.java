package org.agora.search.control;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The few shapes of native query answers the index definitions read. */
final class Rows {

  private Rows() {}

  /** {@code select key, value ...} with ?1 bound: values grouped by key, in the query's order. */
  @SuppressWarnings("unchecked")
  static Map<Long, List<String>> grouped(EntityManager em, String sql, Object parameter) {
    Map<Long, List<String>> grouped = new HashMap<>();
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    rows.forEach(r -> grouped.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
    return grouped;
  }

  /**
   * {@code select id ... where id > ?1 order by id}, at most {@code limit}. The limit is in the SQL:
   * {@code setMaxResults} on a native query only stops reading rows, so PostgreSQL planned for all of
   * them (a hash join and sort of every activity, seconds per page of a rebuild).
   */
  @SuppressWarnings("unchecked")
  static List<Long> ids(EntityManager em, String sql, long after, int limit) {
    List<Number> ids = em.createNativeQuery(sql + " limit ?2").setParameter(1, after).setParameter(2, limit).getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  static long count(EntityManager em, String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  static Instant instant(JsonObject source) {
    String date = source.getString("date", null);
    return date == null ? null : Instant.parse(date);
  }
}
