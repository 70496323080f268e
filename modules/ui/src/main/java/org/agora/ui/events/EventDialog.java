package org.agora.ui.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.agora.communities.entity.CommunityView;
import org.agora.events.boundary.EventRequest;
import org.agora.events.entity.EventView;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/**
 * Scheduling an event: title, when (start, end), where (a place and/or an online link), the
 * community it belongs to (or none: a personal event open to colleagues), how many may come, and
 * whether it repeats daily, weekly or monthly a number of times. Times are the company's time zone.
 * The organiser edits the same form later, without the community and the repetition: those stay.
 */
public class EventDialog extends Dialog {

  /** How often an event may repeat, as the form offers it; the RRULE frequency. */
  enum Repeat { NONE, DAILY, WEEKLY, MONTHLY }

  private final TextField title = new TextField(Texts.t("events.field.title"));
  private final TextArea description = new TextArea(Texts.t("events.field.description"));
  private final DateTimePicker starts = new DateTimePicker(Texts.t("events.field.starts"));
  private final DateTimePicker ends = new DateTimePicker(Texts.t("events.field.ends"));
  private final TextField location = new TextField(Texts.t("events.field.location"));
  private final TextField online = new TextField(Texts.t("events.field.online"));
  private final Select<CommunityView> community = new Select<>();
  private final IntegerField capacity = new IntegerField(Texts.t("events.field.capacity"));
  private final Select<Repeat> repeat = new Select<>();
  private final IntegerField times = new IntegerField(Texts.t("events.field.times"));

  /** A new event, in a community chosen beforehand (or none). */
  public EventDialog(EventActions actions, List<CommunityView> myCommunities, CommunityView preselected, LongConsumer scheduled) {
    setHeaderTitle(Texts.t("events.schedule"));
    LocalDateTime nextHour = LocalDateTime.now(Times.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
    starts.setValue(nextHour);
    ends.setValue(nextHour.plusHours(1));
    community.setItems(myCommunities);
    community.setValue(preselected);
    repeat.setValue(Repeat.NONE);
    layOut(true);
    Button schedule = new Button(Texts.t("events.scheduleButton"), e -> {
      EventRequest request = request();
      request.communityId = community.getValue() == null ? null : community.getValue().id();
      request.recurrence = rule(repeat.getValue(), starts.getValue(), times.getValue());
      Long id = actions.schedule(request);
      if (id != null) {
        close();
        scheduled.accept(id);
      }
    });
    schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(Texts.t("common.cancel"), e -> close()), schedule);
  }

  /** The organiser's event as it is; "Save" changes what was edited, and the attendees are told. */
  EventDialog(EventActions actions, EventView event, Runnable changed) {
    setHeaderTitle(Texts.t("events.edit"));
    title.setValue(event.title());
    description.setValue(event.description() == null ? "" : event.description());
    starts.setValue(LocalDateTime.ofInstant(event.startsAt(), Times.zone()));
    ends.setValue(LocalDateTime.ofInstant(event.endsAt(), Times.zone()));
    location.setValue(event.location() == null ? "" : event.location());
    online.setValue(event.onlineUrl() == null ? "" : event.onlineUrl());
    capacity.setValue(event.capacity());
    layOut(false);
    Button save = new Button(Texts.t("events.save"), e -> {
      EventRequest request = request();
      // Blank clears a place or link; null leaves the community and the repetition as they are.
      request.location = location.getValue().strip();
      request.onlineUrl = online.getValue().strip();
      request.description = description.getValue();
      // An emptied capacity removes the limit (0 on PATCH); the event keeps its own time zone.
      request.capacity = capacity.getValue() == null && event.capacity() != null ? Integer.valueOf(0) : capacity.getValue();
      request.timeZone = event.timeZone();
      if (actions.change(event.id(), request)) {
        close();
        changed.run();
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(Texts.t("common.cancel"), e -> close()), save);
  }

  private void layOut(boolean scheduling) {
    addClassName("event-dialog");
    title.setMaxLength(200);
    title.setRequired(true);
    description.setMaxLength(10_000);
    starts.setLocale(getLocale());
    ends.setLocale(getLocale());
    starts.addValueChangeListener(e -> {
      if (e.getValue() != null && e.getOldValue() != null && ends.getValue() != null) {
        ends.setValue(ends.getValue().plus(java.time.Duration.between(e.getOldValue(), e.getValue())));
      }
    });
    location.setMaxLength(500);
    online.setPlaceholder("https://");
    capacity.setMin(1);
    capacity.setHelperText(Texts.t("events.field.capacityHelp"));
    FormLayout form = new FormLayout(title, starts, ends, location, online);
    if (scheduling) {
      community.setLabel(Texts.t("events.field.community"));
      community.setEmptySelectionAllowed(true);
      community.setEmptySelectionCaption(Texts.t("events.personal"));
      community.setItemLabelGenerator(c -> c == null ? Texts.t("events.personal") : c.name());
      repeat.setLabel(Texts.t("events.field.repeat"));
      repeat.setItems(Repeat.values());
      repeat.setItemLabelGenerator(r -> Texts.t("events.repeat." + r.name().toLowerCase(Locale.ROOT)));
      times.setMin(2);
      times.setMax(500);
      times.setValue(4);
      times.setVisible(false);
      repeat.addValueChangeListener(e -> times.setVisible(e.getValue() != Repeat.NONE));
      form.add(community, capacity, repeat, times);
    } else {
      form.add(capacity);
    }
    form.add(description);
    form.setColspan(title, 2);
    form.setColspan(description, 2);
    add(form);
  }

  /** What both forms send: the text fields and the times in the company's zone. */
  private EventRequest request() {
    EventRequest request = new EventRequest();
    request.title = title.getValue();
    request.description = description.getValue();
    request.startsAt = starts.getValue() == null ? null : starts.getValue().atZone(Times.zone()).toOffsetDateTime().toString();
    request.endsAt = ends.getValue() == null ? null : ends.getValue().atZone(Times.zone()).toOffsetDateTime().toString();
    request.timeZone = Times.zone().getId();
    request.location = location.getValue().isBlank() ? null : location.getValue();
    request.onlineUrl = online.getValue().isBlank() ? null : online.getValue();
    request.capacity = capacity.getValue();
    return request;
  }

  /** The RRULE for the form's choice: weekly on the start's weekday, so many times. */
  static String rule(Repeat repeat, LocalDateTime start, Integer times) {
    if (repeat == null || repeat == Repeat.NONE || start == null) {
      return null;
    }
    String count = ";COUNT=" + (times == null ? 2 : times);
    return switch (repeat) {
      case DAILY -> "FREQ=DAILY" + count;
      case WEEKLY -> "FREQ=WEEKLY;BYDAY="
          + start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT) + count;
      case MONTHLY -> "FREQ=MONTHLY" + count;
      case NONE -> null;
    };
  }
}
