package org.agora.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.agora.platform.boundary.input.StrictNumbers;

/**
 * One JSON-B setup for the REST API: unknown fields in a request are an error (a typo must not be
 * silently dropped), whole numbers and booleans are taken only as such ({@link StrictNumbers}),
 * and answers always carry every field, {@code null} included, so clients see the same shape
 * every time (a last page says {@code "next": null}).
 */
@Provider
public class JsonbConfigurator implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(configuration());

  public static JsonbConfig configuration() {
    return new JsonbConfig()
        .withNullValues(true)
        .withDeserializers(StrictNumbers.all())
        .setProperty("jsonb.fail-on-unknown-properties", true);
  }

  /** The shared instance, also used to serialize outbox payloads. */
  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
