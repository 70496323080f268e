package org.agora.platform.boundary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tables as CSV (RFC 4180): every value quoted when it needs to be, and values that a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) prefixed with a quote.
 */
public final class Csv {

  private Csv() {}

  public static String of(List<String> header, List<? extends List<?>> rows) {
    StringBuilder out = new StringBuilder(line(header));
    rows.forEach(row -> out.append(line(row)));
    return out.toString();
  }

  static String line(List<?> values) {
    return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
