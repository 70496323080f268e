package org.agora.ui.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.agora.communities.boundary.CommunityDirectory;
import org.agora.communities.entity.CommunityView;
import org.agora.events.entity.OccurrenceView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.home.FeedCard;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/**
 * {@code /events}: what is coming up in the next 90 days among the events the reader may see
 * (personal ones, and those of communities they read), by day, each with its answers; "Schedule an
 * event" opens the form.
 */
@Route(value = "events", layout = MainLayout.class)
public class EventsView extends VerticalLayout implements HasDynamicTitle {

  private final EventActions actions;
  private final VerticalLayout list = new VerticalLayout();

  @Inject
  public EventsView(EventActions actions, CommunityDirectory communities, CurrentUser currentUser) {
    this.actions = actions;
    addClassName("events-view");
    setMaxWidth("760px");
    list.setPadding(false);
    list.addClassName("events-list");
    List<CommunityView> mine = myCommunities(communities, currentUser);
    Button schedule = new Button(getTranslation("events.schedule"), VaadinIcon.CALENDAR.create(),
        e -> new EventDialog(actions, mine, id -> getUI().ifPresent(ui -> ui.navigate("events/" + id))).open());
    schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("events.title")), schedule, list);
    show();
  }

  private void show() {
    list.removeAll();
    List<OccurrenceView> upcoming = actions.upcoming(null);
    if (upcoming.isEmpty()) {
      list.add(FeedCard.empty(getTranslation("events.none")));
      return;
    }
    LocalDate day = null;
    for (OccurrenceView occurrence : upcoming) {
      LocalDate date = occurrence.startsAt().atZone(Times.zone()).toLocalDate();
      if (!date.equals(day)) {
        day = date;
        list.add(new H3(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(date)));
      }
      list.add(card(occurrence));
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

  private static List<CommunityView> myCommunities(CommunityDirectory communities, CurrentUser currentUser) {
    try {
      return communities.communitiesOf(currentUser.required(), currentUser.required().id());
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("events.title") + " · Agora";
  }
}
