package org.agora.app.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Odd values for a fuzzing client: what a careless or hostile caller sends instead of what the
 * schema asks for. Parameter values come percent-encoded, ready for a URL, some of them on purpose
 * not valid UTF-8; bodies come as bytes with the Content-Type they claim. Now and then a value is
 * a good one (a real id), so that requests get past the first check to the next.
 */
public final class OddValues {

  private static final List<String> ANY_PARAMETER = List.of(
      "", "%00", "a%00b", "%01", "%1b%5b31m", "%7f", "%c0%af", "%ff%fe", "%ed%a0%80", "%e2%80%ae",
      "%f0%9f%98%80", "%20", "%25", "%2e%2e%2f%2e%2e%2fetc", "'%20or%201%3d1--", "*", "%5c", "null", "undefined",
      "true", "NaN", "-0", "0", "-1", "1", "1.5", "1e3", "-9223372036854775809", "9223372036854775808",
      "99999999999999999999999", "2147483648", "abc", "%3Cscript%3E", "%E4%BD%A0%E5%A5%BD",
      "x".repeat(61), "y".repeat(2_000), "z".repeat(7_000));

  private static final List<String> ODD_WHOLE_BODIES = List.of(
      "", " ", "null", "[]", "[1]", "[{}]", "{}", "5", "-1", "1.5", "true", "\"text\"", "{", "}", "[", "{\"a\":",
      "{\"unknown\": 1}", "{\"a\": 1,}", "{'a': 1}", "\u0000", "{\"text\": \"a\\u0000b\"}", "{\"\\u0000\": 1}",
      "{\"a\": \"\\ud800\"}", "[".repeat(50) + "]".repeat(50),
      "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "<xml/>", "a=1&b=2");

  private static final List<String> ODD_CONTENT_TYPES = List.of(
      "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
      "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/json; charset=nope",
      "application/octet-stream", "image/png", "*/*", "application/merge-patch+json", "garbage");

  private final Random random;
  private final List<Long> knownIds;

  public OddValues(Random random, List<Long> knownIds) {
    this.random = random;
    this.knownIds = knownIds;
  }

  /** A percent-encoded value for a parameter of this schema: mostly odd, sometimes good. */
  public String parameter(JsonObject schema) {
    String type = schema.getString("type", "string");
    int dice = random.nextInt(10);
    if (dice == 0 && !knownIds.isEmpty()) {
      return String.valueOf(pick(knownIds));
    }
    if (dice == 1 && schema.containsKey("enum")) {
      return schema.getJsonArray("enum").getString(random.nextInt(schema.getJsonArray("enum").size()));
    }
    if (dice == 2 && type.equals("integer")) {
      return pick(List.of("0", "-1", "101", "100000", "2147483647", "-2147483648", "1.0", "0x10", "%2b1", "1%00"));
    }
    return pick(ANY_PARAMETER);
  }

  /** A body and the Content-Type it is sent with; null content type means the header is left out. */
  public record Body(String contentType, byte[] bytes) {
    public String shown() {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return (contentType == null ? "(no Content-Type)" : contentType) + " "
          + (text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text);
    }
  }

  public Body body(JsonObject schema) {
    int dice = random.nextInt(10);
    if (dice == 0) {
      String contentType = dice(2) ? null : pick(ODD_CONTENT_TYPES);
      return new Body(contentType, pick(ODD_WHOLE_BODIES).getBytes(StandardCharsets.UTF_8));
    }
    if (dice <= 2) {
      return json(pick(ODD_WHOLE_BODIES));
    }
    if (dice == 3) {
      byte[] invalidUtf8 = {
        '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, (byte) 0xff, '"', '}'
      };
      return new Body("application/json", invalidUtf8);
    }
    if (dice == 4) {
      return json("{\"text\": \"" + "w".repeat(random.nextBoolean() ? 10_001 : 200_000) + "\"}");
    }
    return json(object(schema));
  }

  /** An object with the schema's fields, each holding an odd value of some JSON type. */
  private String object(JsonObject schema) {
    JsonObject properties = schema.getJsonObject("properties");
    List<String> names = properties == null ? List.of("text", "value", "name") : new ArrayList<>(properties.keySet());
    StringBuilder json = new StringBuilder("{");
    for (String name : names) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      JsonObject property = properties == null ? JsonValue.EMPTY_JSON_OBJECT : properties.getJsonObject(name);
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(name).append("\": ").append(value(property));
    }
    if (random.nextInt(8) == 0) {
      json.append(json.length() > 1 ? "," : "").append("\"notAField\": 1");
    }
    return json.append('}').toString();
  }

  private String value(JsonObject property) {
    String type = property.getString("type", "string");
    List<String> odd = new ArrayList<>(List.of(
        "null", "\"\"", "\"a\\u0000b\"", "\"\\u0007\"", "\"\\u202e\"", "\"\\ud83d\"",
        "[]", "{}", "[1, 2]", "{\"a\": 1}",
        "true", "-1", "0", "1.5", "1e400", "-1e400", "99999999999999999999", "9223372036854775808", "\"1\"",
        "\"" + "v".repeat(random.nextBoolean() ? 61 : 20_000) + "\""));
    if (type.equals("integer") || type.equals("number")) {
      odd.addAll(List.of("1", "-1", "2", "2147483648", "-2147483649", "1.0"));
      if (!knownIds.isEmpty()) {
        odd.add(String.valueOf(pick(knownIds)));
      }
    }
    if (property.containsKey("enum")) {
      odd.add("\"" + property.getJsonArray("enum").getString(0) + "\"");
      odd.add("\"" + property.getJsonArray("enum").getString(0).toLowerCase() + "\"");
    }
    return pick(odd);
  }

  private Body json(String text) {
    return new Body("application/json", text.getBytes(StandardCharsets.UTF_8));
  }

  private boolean dice(int sides) {
    return random.nextInt(sides) == 0;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
