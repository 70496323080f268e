package org.agora.ui.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.agora.events.entity.OccurrenceView;
import org.agora.ui.home.FeedCard;
import org.agora.ui.layout.EventTimes;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/**
 * The next 90 days of events the reader may see (all, or one community's), by day, each occurrence
 * a card with its counts and answers; the list is read again after each answer.
 */
public class UpcomingEvents extends VerticalLayout {

  private final EventActions actions;
  private final Long communityId;
  private final java.util.Set<Long> shownEvents = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public UpcomingEvents(EventActions actions, Long communityId) {
    this.actions = actions;
    this.communityId = communityId;
    setPadding(false);
    addClassName("events-list");
    show();
    // Counts and answers follow what colleagues answer while the list is open.
    actions.followChanges(this, shownEvents::contains, this::show);
  }

  void show() {
    removeAll();
    List<OccurrenceView> upcoming = actions.upcoming(communityId);
    shownEvents.clear();
    upcoming.forEach(o -> shownEvents.add(o.eventId()));
    if (upcoming.isEmpty()) {
      add(FeedCard.empty(getTranslation("events.none")));
      return;
    }
    LocalDate day = null;
    for (OccurrenceView occurrence : upcoming) {
      LocalDate date = occurrence.startsAt().atZone(Times.zone()).toLocalDate();
      if (!date.equals(day)) {
        day = date;
        add(new H3(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(date)));
      }
      add(card(occurrence));
    }
  }

  private Component card(OccurrenceView occurrence) {
    Div card = new Div();
    card.addClassName("event-card");
    card.getElement().setAttribute("role", "article");
    card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
    Anchor title = new Anchor("events/" + occurrence.eventId(), occurrence.title());
    title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
    List<String> facts = new ArrayList<>();
    facts.add(EventTimes.range(occurrence.startsAt(), occurrence.endsAt(), Times.zone(), getLocale()));
    if (occurrence.location() != null) facts.add(occurrence.location());
    if (occurrence.onlineUrl() != null) facts.add(Texts.t("events.online"));
    if (occurrence.community() != null) facts.add(occurrence.community().name());
    Span when = new Span(String.join(" · ", facts));
    when.addClassName("event-facts");
    when.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
    Span counts = new Span(Texts.t("events.counts", occurrence.counts().yes(), occurrence.counts().maybe(), occurrence.counts().waiting()));
    counts.addClassName("event-counts");
    counts.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
    card.add(title, when, counts, new RsvpButtons(occurrence.myAnswer(), answer -> {
      var now = actions.answer(occurrence.eventId(), occurrence.startsAt(), answer);
      if (now != null) {
        show();
      }
      return now;
    }));
    return card;
  }

}
