package org.agora.app.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operations an OpenAPI document describes, reduced to what a client varies: method, path
 * template, path and query parameters with their schemas, and the request body's schema.
 */
public final class ApiOperations {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  private ApiOperations() {}

  /** One operation; {@code body} is the resolved schema of its JSON body, or null when it takes none. */
  public record Operation(String method, String path, List<Parameter> parameters, JsonObject body, String bodyType) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** A path or query parameter and its resolved schema. */
  public record Parameter(String name, String in, JsonObject schema) {}

  public static List<Operation> read(JsonObject document) {
    List<Operation> operations = new ArrayList<>();
    JsonObject schemas = document.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
        : document.getJsonObject("components").getJsonObject("schemas");
    for (var path : document.getJsonObject("paths").entrySet()) {
      JsonObject item = path.getValue().asJsonObject();
      for (var entry : item.entrySet()) {
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        JsonObject operation = entry.getValue().asJsonObject();
        List<Parameter> parameters = new ArrayList<>();
        for (JsonValue p : operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
          JsonObject parameter = p.asJsonObject();
          String in = parameter.getString("in", "query");
          if (in.equals("path") || in.equals("query")) {
            parameters.add(new Parameter(parameter.getString("name"), in,
                resolve(parameter.getJsonObject("schema"), schemas)));
          }
        }
        JsonObject body = null;
        String bodyType = null;
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody != null && requestBody.getJsonObject("content") != null) {
          var content = requestBody.getJsonObject("content");
          bodyType = content.keySet().iterator().next();
          JsonObject media = content.getJsonObject(bodyType);
          body = resolve(media.getJsonObject("schema"), schemas);
        }
        String method = entry.getKey().toUpperCase(Locale.ROOT);
        operations.add(new Operation(method, path.getKey(), parameters, body, bodyType));
      }
    }
    return operations;
  }

  /** Follows a {@code $ref} into the document's schemas; other schemas come back as they are. */
  public static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    if (schema == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
      return schemas.containsKey(name) ? schemas.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
    }
    return schema;
  }
}
