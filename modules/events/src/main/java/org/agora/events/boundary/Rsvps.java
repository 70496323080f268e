package org.agora.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.events.control.AnswerStore;
import org.agora.events.control.AnswerStore.Key;
import org.agora.events.control.EventAccess;
import org.agora.events.control.EventRules;
import org.agora.events.control.EventStore;
import org.agora.events.control.Occurrences;
import org.agora.events.control.WaitingList;
import org.agora.events.entity.Answer;
import org.agora.events.entity.AnswerCounts;
import org.agora.events.entity.AnswersChanged;
import org.agora.events.entity.AttendeesView;
import org.agora.events.entity.EventView;
import org.agora.events.entity.MyAnswer;
import org.agora.events.entity.PersonRef;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.Refusal;

/**
 * Answers to events (RSVP), per occurrence. Without {@code occurrence} an answer is about the
 * next occurrence that has not ended. With a capacity, a YES beyond it waits; a confirmed YES that
 * becomes MAYBE, NO or is withdrawn gives its place to the first waiting, in the same transaction
 * and under the event's row lock, so concurrent answers never give one place twice.
 */
@ApplicationScoped
@Transactional
public class Rsvps {

  @Inject EventStore events;
  @Inject AnswerStore answers;
  @Inject EventAccess access;
  @Inject Clock clock;
  @Inject Event<DomainEvent> domainEvents;

  public MyAnswer answer(AgoraPrincipal who, long id, String occurrence, Answer answer) {
    if (answer == null) {
      throw Refusal.invalid("answer", "one of YES, MAYBE, NO");
    }
    EventView event = access.readable(who, id);
    events.lock(id);
    Key key = openOccurrence(event, occurrence);
    Optional<MyAnswer> before = answers.of(who.id(), key);
    if (before.isPresent() && before.get().answer() == answer) {
      return before.get(); // the same answer again keeps its place in the order
    }
    boolean waitlisted = answer == Answer.YES && !WaitingList.hasPlace(event.capacity(), answers.confirmed(key));
    answers.put(who.id(), key, answer, waitlisted, Instant.now(clock));
    promote(event, key);
    answered(event, who);
    return new MyAnswer(answer, waitlisted);
  }

  public void withdraw(AgoraPrincipal who, long id, String occurrence) {
    EventView event = access.readable(who, id);
    events.lock(id);
    Key key = new Key(id, occurrence(event, occurrence));
    answers.remove(who.id(), key);
    promote(event, key);
    answered(event, who);
  }

  /**
   * Whom a change or the cancellation concerns: everyone who said they go, might go or wait for
   * an occurrence that has not started yet (an hour of grace for one under way).
   */
  public List<Long> concerned(long eventId) {
    return answers.interested(eventId, Instant.now(clock).minus(java.time.Duration.ofHours(1)));
  }

  private void answered(EventView event, AgoraPrincipal who) {
    domainEvents.fire(new AnswersChanged(event.id(), event.community() == null ? null : event.community().id(), who.id()));
  }

  public AttendeesView attendees(AgoraPrincipal reader, long id, String occurrence) {
    EventView event = access.readable(reader, id);
    Instant start = occurrence(event, occurrence);
    List<PersonRef> yes = new ArrayList<>();
    List<PersonRef> maybe = new ArrayList<>();
    List<PersonRef> no = new ArrayList<>();
    List<PersonRef> waiting = new ArrayList<>();
    MyAnswer mine = null;
    for (AnswerStore.Row row : answers.answers(new Key(id, start))) {
      PersonRef person = new PersonRef(row.personId(), row.displayName());
      if (row.personId() == reader.id()) {
        mine = new MyAnswer(row.answer(), row.waitlisted());
      }
      (row.waitlisted() ? waiting : switch (row.answer()) {
        case YES -> yes;
        case MAYBE -> maybe;
        case NO -> no;
      }).add(person);
    }
    return new AttendeesView(start, yes, maybe, no, waiting, new AnswerCounts(yes.size(), maybe.size(), no.size(), waiting.size()),
        mine);
  }

  private void promote(EventView event, Key key) {
    answers.confirm(key, WaitingList.promoted(event.capacity(), answers.confirmed(key), answers.waiting(key)));
  }

  /** The occurrence to answer: it must be real, and neither it nor the event may be over or cancelled. */
  private Key openOccurrence(EventView event, String occurrence) {
    if (event.cancelledAt() != null) {
      throw Refusal.conflict("The event was cancelled.");
    }
    Instant start = occurrence(event, occurrence);
    Instant end = start.plus(java.time.Duration.between(event.startsAt(), event.endsAt()));
    if (!end.isAfter(Instant.now(clock))) {
      throw Refusal.conflict("This occurrence is over.");
    }
    return new Key(event.id(), start);
  }

  /** The start of the occurrence asked for (it must be one of the event's), or of the next one. */
  private Instant occurrence(EventView event, String occurrence) {
    Occurrences occurrences = new Occurrences(event.schedule());
    if (occurrence == null || occurrence.isBlank()) {
      return occurrences.next(Instant.now(clock)).startsAt();
    }
    Instant start = EventRules.instant("occurrence", occurrence);
    return occurrences.startingAt(start)
        .orElseThrow(() -> Refusal.invalid("occurrence", "the event has no occurrence starting at " + start))
        .startsAt();
  }
}
