package org.agora.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.events.control.AnswerStore;
import org.agora.events.control.AnswerStore.Key;
import org.agora.events.control.EventAccess;
import org.agora.events.control.EventRules;
import org.agora.events.control.EventStore;
import org.agora.events.control.Occurrences;
import org.agora.events.control.WaitingList;
import org.agora.events.entity.AnswerCounts;
import org.agora.events.entity.EventCancelled;
import org.agora.events.entity.EventChanged;
import org.agora.events.entity.EventDraft;
import org.agora.events.entity.EventScheduled;
import org.agora.events.entity.EventView;
import org.agora.events.entity.MyAnswer;
import org.agora.events.entity.OccurrenceView;
import org.agora.platform.boundary.Cursor;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.Refusal;

/**
 * Scheduling, changing, cancelling and listing events. Every read goes through
 * {@link EventAccess}: a community event is seen by its community's readers only, and what a
 * reader may not see is 404 in single reads and absent from lists and counts.
 */
@ApplicationScoped
@Transactional
public class Events {

  /** How far a list may reach, and how far it reaches when not told. */
  public static final Duration MAX_RANGE = Duration.ofDays(366);
  public static final Duration DEFAULT_RANGE = Duration.ofDays(31);
  /**
   * The largest page of occurrences: a month view reads a busy community's month in one request,
   * since every page expands and counts the whole range anyway.
   */
  public static final int MAX_PAGE = 1000;

  @Inject EventStore store;
  @Inject AnswerStore answers;
  @Inject EventAccess access;
  @Inject Event<DomainEvent> domainEvents;
  @Inject Clock clock;

  /** Schedules the event a form or the API describes; its id. */
  public long schedule(AgoraPrincipal organiser, EventRequest request) {
    return schedule(organiser, request.fields());
  }

  public long schedule(AgoraPrincipal organiser, EventRules.Fields fields) {
    EventDraft draft = EventRules.draft(fields);
    access.checkMayPostIn(organiser, draft.communityId());
    long id = store.insert(organiser.id(), draft, Instant.now(clock));
    domainEvents.fire(new EventScheduled(id, draft.communityId(), organiser.id()));
    return id;
  }

  public EventView get(AgoraPrincipal reader, long id) {
    return access.readable(reader, id);
  }

  /**
   * Changes the given fields. Answers follow the schedule: a single event's answers move with its
   * start; a series keeps the answers of occurrences still in it and drops the others. A higher
   * capacity promotes people from the waiting lists.
   */
  public EventView change(AgoraPrincipal who, long id, EventRequest patch) {
    return change(who, id, patch.fields());
  }

  public EventView change(AgoraPrincipal who, long id, EventRules.Fields patch) {
    EventView current = access.readable(who, id);
    access.checkMayChange(who, current);
    if (current.cancelledAt() != null) {
      throw Refusal.conflict("The event was cancelled; it cannot be changed any more.");
    }
    store.lock(id);
    EventDraft draft = EventRules.changed(current, patch);
    Long currentCommunity = current.community() == null ? null : current.community().id();
    if (draft.communityId() != null && !draft.communityId().equals(currentCommunity)) {
      access.checkMayPostIn(who, draft.communityId());
    }
    store.update(id, draft, Instant.now(clock));
    keepAnswersInStep(id, current, draft);
    domainEvents.fire(new EventChanged(id, draft.communityId(), who.id()));
    return access.readable(who, id);
  }

  public void cancel(AgoraPrincipal who, long id) {
    EventView event = access.readable(who, id);
    access.checkMayCancel(who, event);
    if (event.cancelledAt() == null) {
      store.cancel(id, Instant.now(clock));
      domainEvents.fire(new EventCancelled(id, event.community() == null ? null : event.community().id(), who.id()));
    }
  }

  /**
   * The occurrences starting in [from, to) of the events the reader may see, by start (then event
   * id), a page at a time; the cursor is the position in that order.
   */
  public Page<OccurrenceView> occurrences(AgoraPrincipal reader, Instant from, Instant to, Long communityId, PageRequest page) {
    Instant start = from != null ? from : Instant.now(clock);
    Instant end = to != null ? to : start.plus(DEFAULT_RANGE);
    if (!end.isAfter(start)) {
      throw Refusal.invalid("to", "must be after from");
    }
    if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
      throw Refusal.invalid("to", "at most 366 days after from");
    }
    Set<Long> readable = access.readableCommunities(reader);
    if (communityId != null && !readable.contains(communityId)) {
      throw Refusal.notFound("No community with id " + communityId);
    }
    List<EventView> events = store.inRange(start, end, readable, communityId);
    List<Long> ids = events.stream().map(EventView::id).toList();
    Map<Key, AnswerCounts> counts = answers.counts(ids, start, end);
    Map<Key, MyAnswer> mine = answers.mine(reader.id(), ids, start, end);
    List<OccurrenceView> all = new ArrayList<>();
    for (EventView e : events) {
      for (Occurrences.Occurrence o : new Occurrences(e.schedule()).between(start, end)) {
        Key key = new Key(e.id(), o.startsAt());
        all.add(new OccurrenceView(e.id(), e.title(), o.startsAt(), o.endsAt(), e.location(), e.onlineUrl(), e.community(),
            e.organiser(), counts.getOrDefault(key, AnswerCounts.NONE), mine.get(key)));
      }
    }
    all.sort(Comparator.comparing(OccurrenceView::startsAt).thenComparingLong(OccurrenceView::eventId));
    int offset = page.after() == null ? 0 : (int) Math.min(Math.max(page.after(), 0), all.size());
    int until = Math.min(all.size(), offset + page.limit());
    return new Page<>(List.copyOf(all.subList(offset, until)), until < all.size() ? Cursor.encode(until) : null);
  }

  private void keepAnswersInStep(long id, EventView before, EventDraft after) {
    Occurrences now = new Occurrences(after.schedule());
    boolean moved = !before.startsAt().equals(after.schedule().startsAt());
    for (Instant answered : answers.answeredOccurrences(id)) {
      if (before.recurrence() == null && after.schedule().recurrence() == null && moved) {
        answers.move(id, answered, after.schedule().startsAt());
      } else if (now.startingAt(answered).isEmpty()) {
        answers.drop(id, answered);
      }
    }
    for (Instant answered : answers.answeredOccurrences(id)) {
      Key key = new Key(id, answered);
      answers.confirm(key, WaitingList.promoted(after.capacity(), answers.confirmed(key), answers.waiting(key)));
    }
  }
}
