package org.agora.platform.entity;

import java.util.Optional;

/**
 * A request the domain turns down: invalid values, a missing or hidden item, a forbidden action, a
 * clash with the current state. Control and entity code throw it without knowing about HTTP; the
 * REST layer answers it as problem+json and the web app as a translated message.
 *
 * <p>{@code message} follows the API's convention {@code "field: what is wrong"} when one field
 * is at fault, so clients and the web app find the field.
 */
public final class Refusal extends RuntimeException {

  /** Why the request is turned down, with the HTTP status that says so. */
  public enum Kind {
    INVALID(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final String field;

  private Refusal(Kind kind, String field, String message) {
    super(message, null, false, false); // an answer to the caller, not a fault: no stack trace
    this.kind = kind;
    this.field = field;
  }

  /** {@code field} holds a value the domain cannot accept; the message reads "field: problem". */
  public static Refusal invalid(String field, String problem) {
    return new Refusal(Kind.INVALID, field, field + ": " + problem);
  }

  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, null, message);
  }

  public static Refusal forbidden(String message) {
    return new Refusal(Kind.FORBIDDEN, null, message);
  }

  public static Refusal conflict(String message) {
    return new Refusal(Kind.CONFLICT, null, message);
  }

  public Kind kind() {
    return kind;
  }

  /** The field at fault, for {@link Kind#INVALID} refusals. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** What is wrong with the field, without the field's name. */
  public String problem() {
    return field == null ? getMessage() : getMessage().substring(field.length() + 2);
  }
}
