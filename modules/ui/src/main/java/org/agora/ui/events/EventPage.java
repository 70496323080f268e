package org.agora.ui.events;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.agora.events.entity.AttendeesView;
import org.agora.events.entity.EventView;
import org.agora.events.entity.MyAnswer;
import org.agora.events.entity.PersonRef;
import org.agora.ui.layout.EventTimes;
import org.agora.ui.layout.ExternalLink;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Times;

/**
 * An event's own page, {@code /events/{id}}: when (in the event's own time zone too, when it is
 * another), where, whose, the description, answers for the next occurrence with who comes, who
 * may and who waits, "Add to calendar" (the event's iCalendar file) and, for its organiser, "Edit"
 * and "Cancel".
 */
@Route(value = "events", layout = MainLayout.class)
public class EventPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

  private final EventActions actions;
  private String title = "";
  private volatile long shown;

  @Inject
  public EventPage(EventActions actions) {
    this.actions = actions;
    addClassName("event-page");
    setMaxWidth("760px");
    // Answers, changes and the cancellation show at once while the page is open.
    actions.followChanges(this, changed -> changed == shown, () -> show(shown));
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    shown = id;
    show(id);
  }

  private void show(long id) {
    removeAll();
    Optional<EventView> found = actions.event(id);
    if (found.isEmpty()) {
      title = getTranslation("events.gone");
      add(new H2(title), new Anchor("events", getTranslation("events.title")));
      return;
    }
    EventView event = found.get();
    title = event.title();
    add(new H2(event.title()));
    if (event.cancelledAt() != null) {
      Span cancelled = new Span(getTranslation("events.cancelled"));
      cancelled.addClassName("event-cancelled");
      cancelled.getElement().getThemeList().add("badge error");
      add(cancelled);
    }
    Div facts = new Div();
    facts.addClassName("event-facts");
    facts.add(line(EventTimes.range(event.startsAt(), event.endsAt(), Times.zone(), getLocale())
        + (event.recurrence() != null ? " · " + getTranslation("events.repeats") : "")));
    if (!event.timeZone().equals(Times.zone().getId())) {
      facts.add(line(EventTimes.range(event.startsAt(), event.endsAt(), java.time.ZoneId.of(event.timeZone()), getLocale())
          + " (" + event.timeZone() + ")"));
    }
    if (event.location() != null) facts.add(line(event.location()));
    if (event.onlineUrl() != null) facts.add(new Div(ExternalLink.to(event.onlineUrl(), getTranslation("events.join"))));
    Div whose = new Div(new Span(getTranslation("events.organiser") + " "), new Anchor("people/" + event.organiser().id(),
        event.organiser().displayName()));
    if (event.community() != null) {
      whose.add(new Span(" · " + getTranslation("feed.in") + " "), new Anchor("communities/" + event.community().id(), event.community().name()));
    }
    facts.add(whose);
    if (event.capacity() != null) facts.add(line(getTranslation("events.capacity", event.capacity())));
    add(facts);
    if (event.description() != null && !event.description().isBlank()) {
      add(new Html("<div class=\"event-description feed-text\">" + actions.descriptionHtml(event) + "</div>"));
    }
    Anchor calendar = new Anchor("api/v1/events/" + id + "/ics", getTranslation("events.addToCalendar"));
    calendar.getElement().setAttribute("download", "event-" + id + ".ics");
    calendar.addClassName("event-ics");
    HorizontalLayout tools = new HorizontalLayout(VaadinIcon.CALENDAR_O.create(), calendar);
    tools.setAlignItems(Alignment.CENTER);
    if (event.cancelledAt() == null && (event.organiser().id() == actions.me() || actions.admin())) {
      Button edit = new Button(getTranslation("events.edit"), VaadinIcon.EDIT.create(),
          e -> new EventDialog(actions, event, () -> show(id)).open());
      edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      tools.add(edit);
      Button cancel = new Button(getTranslation("events.cancel"), e -> confirmCancel(id));
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      tools.add(cancel);
    }
    add(tools);
    if (event.cancelledAt() == null) {
      attendees(id);
    }
  }

  /** Answers and who answered, for the next occurrence (the only one of a single event). */
  private void attendees(long id) {
    AttendeesView who = actions.attendees(id);
    add(new H3(getTranslation("events.next", EventTimes.start(who.occurrence(), Times.zone(), getLocale()))));
    add(new RsvpButtons(who.mine(), answer -> {
      MyAnswer now = actions.answer(id, who.occurrence(), answer);
      if (now != null) {
        show(id);
      }
      return now;
    }));
    add(people("events.going", who.yes()), people("events.maybe", who.maybe()), people("events.waiting", who.waiting()));
  }

  private Div people(String key, List<PersonRef> people) {
    Div list = new Div(new Span(getTranslation(key, people.size()) + (people.isEmpty() ? "" : ": ")));
    list.addClassName("event-" + key.substring(key.indexOf('.') + 1));
    for (int i = 0; i < people.size(); i++) {
      if (i > 0) list.add(new Span(", "));
      list.add(new Anchor("people/" + people.get(i).id(), people.get(i).displayName()));
    }
    return list;
  }

  private void confirmCancel(long id) {
    com.vaadin.flow.component.dialog.Dialog confirm = new com.vaadin.flow.component.dialog.Dialog();
    confirm.setHeaderTitle(getTranslation("events.cancel"));
    confirm.add(new Paragraph(getTranslation("events.cancelConfirm")));
    Button yes = new Button(getTranslation("events.cancel"), e -> {
      confirm.close();
      if (actions.cancel(id)) {
        show(id);
      }
    });
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    confirm.getFooter().add(new Button(getTranslation("common.cancel"), e -> confirm.close()), yes);
    confirm.open();
  }

  private static Div line(String text) {
    return new Div(new Span(text));
  }

  @Override
  public String getPageTitle() {
    return title + " · Agora";
  }
}
