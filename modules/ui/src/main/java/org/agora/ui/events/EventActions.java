package org.agora.ui.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.Component;
import java.util.function.LongPredicate;
import org.agora.activity.boundary.RichText;
import org.agora.live.boundary.LiveListeners;
import org.agora.live.entity.BusEvent;
import org.agora.ui.layout.LiveUpdates;
import org.agora.events.boundary.Calendars;
import org.agora.events.boundary.EventRequest;
import org.agora.events.boundary.Events;
import org.agora.events.boundary.Rsvps;
import org.agora.events.entity.Answer;
import org.agora.events.entity.AttendeesView;
import org.agora.events.entity.EventView;
import org.agora.events.entity.MyAnswer;
import org.agora.events.entity.OccurrenceView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.Refusals;
import org.agora.ui.layout.Times;

/** What a reader does with events in the app; a refusal becomes a translated message, never an error page. */
@Dependent
public class EventActions {

  /** How far ahead the events list looks. */
  static final Duration AHEAD = Duration.ofDays(90);
  static final Duration SOON = Duration.ofDays(14);

  @Inject Events events;
  @Inject Rsvps rsvps;
  @Inject Calendars calendars;
  @Inject CurrentUser currentUser;
  @Inject RichText richText;
  @Inject LiveListeners live;

  private AgoraPrincipal reader;

  @PostConstruct
  void takeReader() {
    reader = currentUser.required();
  }

  long me() {
    return reader.id();
  }

  boolean admin() {
    return reader.admin();
  }

  /** The next occurrences the reader may see, of one community or all. */
  public List<OccurrenceView> upcoming(Long communityId) {
    return next(communityId, 100, AHEAD);
  }

  /**
   * The next few occurrences (home's side column on every visit): the next two weeks are read
   * first, as every occurrence in the range is expanded and counted; 90 days only when they hold
   * fewer.
   */
  public List<OccurrenceView> next(int count) {
    List<OccurrenceView> soon = next(null, count, SOON);
    return soon.size() == count ? soon : next(null, count, AHEAD);
  }

  private List<OccurrenceView> next(Long communityId, int count, Duration ahead) {
    Instant now = Instant.now();
    return events.occurrences(reader, now, now.plus(ahead), communityId, PageRequest.of(count, null)).items();
  }

  /** The occurrences of a month (in the company's zone) the reader may see, up to the first 300. */
  List<OccurrenceView> between(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(Times.zone()).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Times.zone()).toInstant();
    List<OccurrenceView> all = new java.util.ArrayList<>();
    String cursor = null;
    do {
      var page = events.occurrences(reader, from, to, null, PageRequest.of(Events.MAX_PAGE, cursor, Events.MAX_PAGE));
      all.addAll(page.items());
      cursor = page.next();
    } while (cursor != null && all.size() < 300);
    return all;
  }

  Optional<EventView> event(long id) {
    try {
      return Optional.of(events.get(reader, id));
    } catch (WebApplicationException | Refusal hidden) {
      return Optional.empty();
    }
  }

  /**
   * While {@code component} is on screen, {@code refresh} runs (through {@code UI.access}) when an
   * event it shows changes, is cancelled or gets an answer, on whichever node that happened.
   */
  void followChanges(Component component, LongPredicate shows, Runnable refresh) {
    LiveUpdates.whileAttached(component, live, (ui, bus) -> {
      if (BusEvent.CHANGED.equals(bus.kind()) && "event".equals(bus.aggregateType()) && shows.test(bus.aggregateId())) {
        ui.access(refresh::run);
      }
    });
  }

  /** The organiser's Markdown as HTML, as a post's text is shown. */
  String descriptionHtml(EventView event) {
    return richText.html(event.description());
  }

  AttendeesView attendees(long id) {
    return rsvps.attendees(reader, id, null);
  }

  /** Answers one occurrence (its start) or, with null, the next one; the new answer, or null when refused. */
  MyAnswer answer(long id, Instant occurrence, Answer answer) {
    return Refusals.attemptFor(() -> rsvps.answer(reader, id, occurrence == null ? null : occurrence.toString(), answer));
  }

  /** Schedules the event; its id, or null when refused. */
  Long schedule(EventRequest request) {
    return Refusals.attemptFor(() -> events.schedule(reader, request));
  }

  /** Changes the fields the request gives; false when refused. */
  boolean change(long id, EventRequest request) {
    return Refusals.attemptFor(() -> events.change(reader, id, request)) != null;
  }

  /** A new address of the reader's calendar feed (the old one stops working). */
  Optional<String> newFeed() {
    return Optional.ofNullable(Refusals.attemptFor(() -> calendars.newFeedToken(reader).feedUrl()));
  }

  boolean stopFeed() {
    return Refusals.attempt(() -> calendars.revokeFeedToken(reader));
  }

  boolean cancel(long id) {
    return Refusals.attempt(() -> events.cancel(reader, id));
  }

}
