package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The absolute links in emails: Agora itself, the page of what a mail is about (a post, a
 * community, an event, a survey) and the unsubscribe page with its signed token.
 */
@ApplicationScoped
public class MailLinks {

  @Inject MailQueue queue;

  @Inject
  @ConfigProperty(name = "agora.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  private volatile UnsubscribeTokens tokens;

  public String home() {
    return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }

  /** A post's (or a comment's) page in the web app. */
  public String post(long activityId) {
    return home() + "posts/" + activityId;
  }

  public String event(long eventId) {
    return home() + "events/" + eventId;
  }

  public String survey(long surveyId) {
    return home() + "surveys/" + surveyId;
  }

  /** A person's profile (a buddy's newcomer). */
  public String person(long personId) {
    return home() + "people/" + personId;
  }

  public String community(long communityId) {
    return home() + "communities/" + communityId;
  }

  public String unsubscribe(long personId) {
    return home() + "mail/unsubscribe?token=" + URLEncoder.encode(tokens().token(personId), StandardCharsets.UTF_8);
  }

  public UnsubscribeTokens tokens() {
    if (tokens == null) {
      tokens = new UnsubscribeTokens(queue.secret("unsubscribe"));
    }
    return tokens;
  }
}
