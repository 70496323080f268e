package org.agora.platform.boundary.problems;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.platform.boundary.Problem;

/** Explains a request body that could not be read as the expected JSON. */
final class UnreadableBody {

  // Yasson names the property in its messages, e.g. "Unable to deserialize property 'limit'".
  private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'|[Pp]roperty ([A-Za-z0-9_]+) ");

  private UnreadableBody() {}

  static boolean isBodyProblem(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonParsingException) {
        return true;
      }
    }
    return false;
  }

  static Problem problem(Throwable error) {
    String field = null;
    String reason = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      if (t instanceof JsonParsingException) {
        return Problem.invalid("The request body is not valid JSON.", List.of(new Problem.FieldError("body", "malformed JSON")));
      }
      Matcher m = PROPERTY.matcher(message);
      if (field == null && m.find()) {
        field = m.group(1) != null ? m.group(1) : m.group(2);
      }
      reason = message;
    }
    if (field == null) {
      return Problem.invalid(
          "The request body could not be read: " + shorten(reason),
          List.of(new Problem.FieldError("body", shorten(reason))));
    }
    return Problem.invalid(
        field + ": unexpected or wrongly typed value",
        List.of(new Problem.FieldError(field, "unexpected or wrongly typed value")));
  }

  private static String shorten(String text) {
    if (text == null) {
      return "unreadable body";
    }
    String firstLine = text.lines().findFirst().orElse(text);
    return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
  }
}
