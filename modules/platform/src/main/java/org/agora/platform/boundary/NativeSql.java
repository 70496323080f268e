package org.agora.platform.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small translations for native SQL: PostgreSQL array literals in, timestamps out. */
public final class NativeSql {

  private NativeSql() {}

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
