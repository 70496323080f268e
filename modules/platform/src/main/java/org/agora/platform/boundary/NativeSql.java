package org.agora.platform.boundary;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Small translations for native SQL: PostgreSQL array literals in, rows out as records (read column
 * by column in the order of the select list, right beside the SQL), timestamps as instants.
 */
public final class NativeSql {

  private NativeSql() {}

  /** Each row of a native query, read into a record by {@code mapper}. */
  public static <T> List<T> rows(Query query, Function<Row, T> mapper) {
    List<?> rows = query.getResultList();
    return rows.stream().map(r -> mapper.apply(new Row(r instanceof Object[] columns ? columns : new Object[] {r}))).toList();
  }

  /** {@code select key, value ...}: the values grouped by key, each group in the query's order. */
  public static Map<Long, List<String>> grouped(Query query) {
    Map<Long, List<String>> grouped = new HashMap<>();
    rows(query, r -> Map.entry(r.nextLong(), r.nextText()))
        .forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return grouped;
  }

  /** {@code select key, count(*) ... group by key}: the counts by key. */
  public static Map<Long, Long> counts(Query query) {
    Map<Long, Long> counts = new HashMap<>();
    rows(query, r -> Map.entry(r.nextLong(), r.nextLong())).forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /** One row, read one column after the other in the order of the select list. */
  public static final class Row {

    private final Object[] columns;
    private int next;

    Row(Object[] columns) {
      this.columns = columns;
    }

    private Object next() {
      return columns[next++];
    }

    public long nextLong() {
      return ((Number) next()).longValue();
    }

    public Long nextLongOrNull() {
      Object value = next();
      return value == null ? null : ((Number) value).longValue();
    }

    public int nextInt() {
      return ((Number) next()).intValue();
    }

    public Integer nextIntOrNull() {
      Object value = next();
      return value == null ? null : ((Number) value).intValue();
    }

    public String nextText() {
      return (String) next();
    }

    public boolean nextBoolean() {
      return Boolean.TRUE.equals(next());
    }

    public Instant nextInstant() {
      return instant(next());
    }
  }

  /** A {@code bigint[]} literal such as {@code {1,2,3}}, for {@code = any(cast(? as bigint[]))}. */
  public static String ids(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }

  /** A {@code varchar[]} literal, every element quoted and escaped. */
  public static String texts(Collection<String> values) {
    return values.stream()
        .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** A {@code timestamptz} column value as the driver hands it back, as an instant. */
  public static Instant instant(Object value) {
    if (value == null) return null;
    if (value instanceof java.sql.Timestamp timestamp) return timestamp.toInstant();
    if (value instanceof OffsetDateTime offset) return offset.toInstant();
    return (Instant) value;
  }
}
