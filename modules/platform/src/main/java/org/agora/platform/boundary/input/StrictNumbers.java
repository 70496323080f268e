package org.agora.platform.boundary.input;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * JSON-B deserializers that take whole numbers and booleans only as what they are. Left to
 * itself JSON-B reads {@code "1"} and {@code 1.5} as 1, {@code "x"} as false, and lets a number
 * too large for an {@code int} wrap round; these refuse all of that, so the reader names the
 * field in a 400.
 */
public final class StrictNumbers {

  private StrictNumbers() {}

  public static JsonbDeserializer<?>[] all() {
    return new JsonbDeserializer<?>[] {new Ints(), new Longs(), new Booleans()};
  }

  static long whole(JsonParser parser, long min, long max) {
    if (parser.currentEvent() != JsonParser.Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
      throw new JsonbException("must be a whole number");
    }
    try {
      long value = parser.getBigDecimal().longValueExact();
      if (value < min || value > max) {
        throw new JsonbException("must be between " + min + " and " + max);
      }
      return value;
    } catch (ArithmeticException e) {
      throw new JsonbException("must be between " + min + " and " + max);
    }
  }

  static boolean isNull(JsonParser parser) {
    return parser.currentEvent() == JsonParser.Event.VALUE_NULL;
  }

  /** {@code Integer} fields. */
  public static final class Ints implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return isNull(parser) ? null : (int) whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  /** {@code Long} fields, ids among them. */
  public static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return isNull(parser) ? null : whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /** {@code Boolean} fields: {@code true} or {@code false}, not a string or a number. */
  public static final class Booleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return switch (parser.currentEvent()) {
        case VALUE_NULL -> null;
        case VALUE_TRUE -> true;
        case VALUE_FALSE -> false;
        default -> throw new JsonbException("must be true or false");
      };
    }
  }
}
