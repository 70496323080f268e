package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.surveys.boundary.AnswerRequest;
import org.agora.surveys.boundary.AudienceRequest;
import org.agora.surveys.boundary.QuestionRequest;
import org.agora.surveys.boundary.ResponseRequest;
import org.agora.surveys.boundary.Responses;
import org.agora.surveys.boundary.SurveyRequest;
import org.agora.surveys.boundary.Surveys;

/**
 * An open staff survey in the demo company: the Berlin office's owner asks its members how the
 * office works for them, and most have answered, so its owner sees results broken down by
 * department at once. Loaded after the polls, so that the rest of the demo stays as it was.
 */
@ApplicationScoped
public class DemoSurveys {

  static final String TITLE = "Berlin office pulse: how does the office work for you?";

  @Inject DemoBerlinOffice office;
  @Inject Surveys surveys;
  @Inject Responses responses;

  @Transactional
  public void load() {
    DemoBerlinOffice.Office berlin = office.read();
    AgoraPrincipal owner = berlin.owner();
    if (owner == null) {
      return;
    }
    long id = surveys.create(owner, survey(berlin.communityId()));
    Random random = new Random(11);
    berlin.members().stream().filter(p -> p.id() != owner.id()).limit(14)
        .forEach(person -> responses.answer(person, id, answers(random)));
  }

  private static SurveyRequest survey(long community) {
    SurveyRequest request = new SurveyRequest();
    request.title = TITLE;
    request.intro = "Five questions, two minutes. Anonymous: nobody sees who answered what.";
    request.audience = new AudienceRequest("COMMUNITY", null, community);
    request.closesAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).toString();
    QuestionRequest quiet = new QuestionRequest("SCALE", "I find a quiet place to concentrate when I need one.");
    quiet.lowLabel = "Never";
    quiet.highLabel = "Always";
    QuestionRequest days = new QuestionRequest("CHOICE", "Which days are you usually in the office?");
    days.options = DemoPolls.DAYS;
    days.multiple = true;
    QuestionRequest rooms = new QuestionRequest("CHOICE", "What do we need more of?");
    rooms.options = List.of("Meeting rooms", "Phone booths", "Quiet desks", "Social space");
    request.questions = List.of(quiet, days, rooms, new QuestionRequest("TEXT", "What would make the office better?"));
    return request;
  }

  private static ResponseRequest answers(Random random) {
    List<String> ideas = List.of("More phone booths near the kitchen", "Lunch together on Thursdays", "Better coffee",
        "A booking system for the quiet room", "Plants!", "");
    List<Integer> days = List.of(1, 2, 3, 4, 5).stream().filter(d -> random.nextInt(5) < 2).toList();
    return new ResponseRequest(List.of(
        new AnswerRequest(1, 1 + random.nextInt(5), null, null),
        new AnswerRequest(2, null, days.isEmpty() ? List.of(2) : days, null),
        new AnswerRequest(3, null, List.of(1 + random.nextInt(4)), null),
        new AnswerRequest(4, null, null, ideas.get(random.nextInt(ideas.size())))));
  }
}
