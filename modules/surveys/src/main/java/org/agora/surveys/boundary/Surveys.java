package org.agora.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.control.ResponseStore;
import org.agora.surveys.control.SurveyAccess;
import org.agora.surveys.control.SurveyAudiences;
import org.agora.surveys.control.SurveyDraft;
import org.agora.surveys.control.SurveyRow;
import org.agora.surveys.control.SurveyRules;
import org.agora.surveys.control.SurveyStore;
import org.agora.surveys.entity.Answer;
import org.agora.surveys.entity.AudienceChoices;
import org.agora.surveys.entity.NamedRef;
import org.agora.surveys.entity.SurveyAudience;
import org.agora.surveys.entity.SurveyCreated;
import org.agora.surveys.entity.SurveyOpened;
import org.agora.surveys.entity.SurveyReminderDue;
import org.agora.surveys.entity.SurveySummary;
import org.agora.surveys.entity.SurveyView;

/**
 * Creating, reading, listing and closing surveys. Invitations go out in their own transaction
 * ({@link SurveyJobs}): at once after the commit for a survey that opens now, else when it opens,
 * so a survey of thousands does not hold up the request that creates it.
 * A refusal leaves the transaction as it was: every check comes before the first write, and
 * callers inside another write (the invitation mails read the title) catch it and go on.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class Surveys {

  /** How many surveys a list shows. */
  static final int LIST_LIMIT = 200;

  @Inject SurveyStore store;
  @Inject SurveyAudiences audiences;
  @Inject ResponseStore responses;
  @Inject SurveyAccess access;
  @Inject Event<SurveyOpened> opened;
  @Inject Event<SurveyCreated> created;
  @Inject Event<SurveyReminderDue> reminders;
  @Inject Clock clock;

  public long create(AgoraPrincipal owner, SurveyRequest request) {
    Instant now = Instant.now(clock);
    SurveyDraft draft = SurveyRules.draft(fields(request), now);
    access.checkMayAsk(owner, draft);
    long id = store.insert(owner.id(), draft, now);
    created.fire(new SurveyCreated(id));
    return id;
  }

  public SurveyView get(AgoraPrincipal reader, long id) {
    SurveyRow survey = access.readable(reader, id);
    boolean owned = access.owns(reader, survey);
    boolean answered = responses.answered(id, reader.id());
    List<Answer> mine = answered && !survey.anonymous() ? responses.named(id, reader.id()).orElse(List.of()) : List.of();
    return new SurveyView(id, survey.title(), survey.intro(), survey.owner(), audience(survey), store.questions(id),
        survey.opensAt(), survey.closesAt(), survey.state(Instant.now(clock)), survey.anonymous(),
        !owned || audiences.asks(id, reader.id()), answered, mine, owned,
        owned ? responses.count(id) : null);
  }

  /** Only the title, for a notification line or a mail: two queries where {@link #get} needs seven. */
  public String title(AgoraPrincipal reader, long id) {
    return access.readable(reader, id).title();
  }

  public List<SurveySummary> list(AgoraPrincipal reader) {
    List<SurveyRow> rows = store.all(audiences.surveysOf(reader.id(), reader.admin(), LIST_LIMIT));
    List<Long> ids = rows.stream().map(SurveyRow::id).toList();
    Set<Long> answered = Set.copyOf(responses.answeredAmong(reader.id(), ids));
    Set<Long> asked = audiences.askedAmong(reader.id(), ids);
    Map<Long, Long> counts = responses.counts(ids);
    Instant now = Instant.now(clock);
    List<SurveySummary> list = new ArrayList<>();
    for (SurveyRow s : rows) {
      boolean owned = access.owns(reader, s);
      list.add(new SurveySummary(s.id(), s.title(), s.opensAt(), s.closesAt(), s.state(now), s.anonymous(),
          answered.contains(s.id()), asked.contains(s.id()), owned, owned ? counts.getOrDefault(s.id(), 0L) : null));
    }
    return list;
  }

  public void close(AgoraPrincipal who, long id) {
    SurveyRow survey = access.owned(who, id);
    if (!store.close(survey.id(), Instant.now(clock))) {
      throw Refusal.conflict("Only an open survey can be closed.");
    }
  }

  public AudienceChoices audiences(AgoraPrincipal who) {
    return new AudienceChoices(who.admin(), who.admin() ? store.allDepartments() : List.of(),
        audiences.ownedCommunities(who.id(), who.admin()));
  }

  /**
   * The jobs' round ({@link SurveyJobs}): invites the audiences of the surveys that opened, and
   * reminds who has not answered a survey that closes soon; each survey once, across nodes.
   */
  public void inviteAndRemind() {
    Instant now = Instant.now(clock);
    inviteOpened(now);
    for (long id : store.claimClosingSoon(now)) {
      SurveyRow survey = store.find(id).orElseThrow();
      reminders.fire(new SurveyReminderDue(id, survey.title(), survey.owner().id(), audiences.notAnswered(id)));
    }
  }

  private void inviteOpened(Instant now) {
    for (long id : store.claimOpened(now)) {
      SurveyRow survey = store.find(id).orElseThrow();
      opened.fire(new SurveyOpened(id, survey.title(), survey.owner().id(), audiences.audience(id)));
    }
  }

  private SurveyAudience audience(SurveyRow survey) {
    Map<Long, String> names = store.departmentNames(survey.departmentIds());
    List<NamedRef> departments = survey.departmentIds().stream()
        .map(d -> new NamedRef(d, names.getOrDefault(d, "#" + d))).toList();
    return new SurveyAudience(survey.audience(), departments, survey.community());
  }

  private static SurveyRules.Fields fields(SurveyRequest r) {
    List<SurveyRules.QuestionFields> questions = r.questions == null ? null : r.questions.stream()
        .map(q -> q == null ? null : new SurveyRules.QuestionFields(q.kind, q.text, q.options, q.multiple, q.lowLabel, q.highLabel))
        .toList();
    AudienceRequest a = r.audience;
    return new SurveyRules.Fields(r.title, r.intro, questions, a == null ? null : a.kind, a == null ? null : a.departmentIds,
        a == null ? null : a.communityId, r.opensAt, r.closesAt, r.anonymous);
  }
}
