package org.agora.ui.layout;

import jakarta.ws.rs.WebApplicationException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.activity.boundary.Polls;
import org.agora.platform.entity.Refusal;

/**
 * What the app says when a service refuses a change: a sentence in the reader's language, never
 * the service's own English constraint text ("text: must not be blank").
 */
public final class Refusals {

  private static final Pattern BLANK = Pattern.compile("^(\\w+): must not be (?:blank|null|empty)$");
  private static final Pattern TAKEN = Pattern.compile("^(\\w+): taken\\b.*$");
  private static final Pattern TOO_LONG = Pattern.compile("^(\\w+): (?:at most (\\d+) characters|size must be between \\d+ and (\\d+))$");

  /** Service messages that say more than their status, with their translations' keys. */
  private static final Map<String, String> KNOWN = Map.of(
      "url: only http and https links can be saved", "error.url.scheme",
      "Organisation insights are for admins; community owners ask with ?community=.", "error.insights.adminsOnly",
      "poll.options: between 2 and 10 answers", "error.poll.options",
      "poll.options: every answer once", "error.poll.options",
      "poll.closesAt: must be in the future", "error.poll.closesAt",
      Polls.CLOSED, "error.poll.closed",
      Polls.ANONYMOUS_FINAL, "error.poll.anonymousFinal");

  private Refusals() {}

  /**
   * Runs a change for the app: a refusal (validation, permission, a clash) becomes a readable message
   * in an error notification instead of an error page. Answers whether the change went through.
   */
  public static boolean attempt(Runnable change) {
    return attemptFor(() -> {
      change.run();
      return Boolean.TRUE;
    }) != null;
  }

  /** As {@link #attempt}, for a change that answers something (an id): null, after the message, when refused. */
  public static <T> T attemptFor(java.util.function.Supplier<T> change) {
    try {
      return change.get();
    } catch (jakarta.ws.rs.WebApplicationException | org.agora.platform.entity.Refusal refused) {
      com.vaadin.flow.component.notification.Notification.show(explain(refused), 5000,
              com.vaadin.flow.component.notification.Notification.Position.MIDDLE)
          .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
      return null;
    }
  }

  /** The HTTP status a refusal stands for: a service's JAX-RS exception or the domain's {@link Refusal}. */
  public static int status(RuntimeException refused) {
    return switch (refused) {
      case WebApplicationException answered -> answered.getResponse().getStatus();
      case Refusal domain -> domain.kind().status();
      default -> 500;
    };
  }

  public static String explain(RuntimeException refused) {
    String message = refused.getMessage() == null ? "" : refused.getMessage();
    if (KNOWN.containsKey(message)) {
      return Texts.t(KNOWN.get(message));
    }
    Matcher blank = BLANK.matcher(message);
    if (blank.matches()) {
      return Texts.t("error.blank", field(blank.group(1)));
    }
    Matcher taken = TAKEN.matcher(message);
    if (taken.matches()) {
      return Texts.t("error.taken", field(taken.group(1)));
    }
    Matcher tooLong = TOO_LONG.matcher(message);
    if (tooLong.matches()) {
      String max = tooLong.group(2) != null ? tooLong.group(2) : tooLong.group(3);
      return Texts.t("error.tooLong", field(tooLong.group(1)), Integer.parseInt(max));
    }
    return switch (status(refused)) {
      case 400, 422 -> Texts.t("error.invalid");
      case 403 -> Texts.t("error.forbidden");
      case 404, 410 -> Texts.t("error.notFound");
      case 409 -> Texts.t("error.conflict");
      case 429 -> Texts.t("error.tooMany");
      default -> Texts.t("error.unexpected");
    };
  }

  /** The field's name as the form labels it ("text" is "Text"/"Text", "name" is "Name"). */
  private static String field(String name) {
    String key = "error.field." + name.toLowerCase(Locale.ROOT);
    String label = Texts.t(key);
    return label.startsWith("!{") || label.equals(key) ? name : label;
  }
}
