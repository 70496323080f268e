package org.agora.platform.boundary.input;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * Reads every JSON request body once with JSON-P before JSON-B binds it, and refuses with a 400
 * naming the field: a body that is not JSON, a string or key with a control character (JSON
 * escapes such as {@code \u0000} included), and a body whose outer shape is not what the method
 * takes (an array or a number where an object is expected), which JSON-B would otherwise bind
 * leniently or fail on with an internal error, and nesting deeper than any body here needs.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

  /** No body here nests deeper than a few levels; JSON-B's recursion should never meet thousands. */
  static final int MAX_DEPTH = 32;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (body.length > 0) {
      check(body, Shape.expected(context.getType()));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  /**
   * Walks the whole document. A value is named by its key, or inside an array by the array's
   * key, so {@code {"tags": ["a\u0000"]}} is refused as {@code tags}.
   */
  static void check(byte[] body, Shape expected) {
    Deque<String> containers = new ArrayDeque<>();
    String key = null;
    boolean first = true;
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (first) {
          expected.require(event);
          first = false;
        }
        String field = key != null ? key : containers.isEmpty() ? "body" : containers.peek();
        switch (event) {
          case KEY_NAME -> {
            if (ControlCharacters.anyIn(parser.getString())) {
              throw new InvalidInput(field, "field names " + ParameterCheck.MESSAGE);
            }
            key = parser.getString();
          }
          case START_OBJECT, START_ARRAY -> {
            if (containers.size() == MAX_DEPTH) {
              throw new InvalidInput(field, "nested deeper than " + MAX_DEPTH + " levels");
            }
            containers.push(field);
            key = null;
          }
          case END_OBJECT, END_ARRAY -> containers.pop();
          case VALUE_STRING -> {
            if (ControlCharacters.anyIn(parser.getString())) {
              throw new InvalidInput(field, ParameterCheck.MESSAGE);
            }
            key = null;
          }
          default -> key = null;
        }
      }
    } catch (JsonException e) {
      throw new InvalidInput("body", "not valid JSON");
    }
  }

  /** What a resource method's body parameter takes at the top of the document. */
  enum Shape {
    OBJECT, ARRAY, ANY;

    static Shape expected(Class<?> type) {
      if (Map.class.isAssignableFrom(type)) {
        return OBJECT;
      }
      if (Collection.class.isAssignableFrom(type) || (type.isArray() && type != byte[].class)) {
        return ARRAY;
      }
      boolean platform = type.isPrimitive() || type.isArray() || type.isEnum() || type.getName().startsWith("java.")
          || JsonValue.class.isAssignableFrom(type);
      return platform ? ANY : OBJECT;
    }

    void require(JsonParser.Event event) {
      if (this == OBJECT && event != JsonParser.Event.START_OBJECT) {
        throw new InvalidInput("body", "must be a JSON object");
      }
      if (this == ARRAY && event != JsonParser.Event.START_ARRAY) {
        throw new InvalidInput("body", "must be a JSON array");
      }
    }
  }
}
