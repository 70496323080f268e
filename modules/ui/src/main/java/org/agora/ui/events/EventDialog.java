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
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/**
 * Scheduling an event: title, when (start, end), where (a place and/or an online link), the
 * community it belongs to (or none: a personal event open to colleagues), how many may come, and
 * whether it repeats daily, weekly or monthly a number of times. Times are the company's time zone.
 */
public class EventDialog extends Dialog {

  /** How often an event may repeat, as the form offers it; the RRULE frequency. */
  enum Repeat { NONE, DAILY, WEEKLY, MONTHLY }

  public EventDialog(EventActions actions, List<CommunityView> myCommunities, CommunityView preselected, LongConsumer scheduled) {
    setHeaderTitle(Texts.t("events.schedule"));
    addClassName("event-dialog");
    TextField title = new TextField(Texts.t("events.field.title"));
    title.setMaxLength(200);
    title.setRequired(true);
    TextArea description = new TextArea(Texts.t("events.field.description"));
    description.setMaxLength(10_000);
    LocalDateTime nextHour = LocalDateTime.now(Times.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
    DateTimePicker starts = new DateTimePicker(Texts.t("events.field.starts"), nextHour);
    DateTimePicker ends = new DateTimePicker(Texts.t("events.field.ends"), nextHour.plusHours(1));
    starts.setLocale(getLocale());
    ends.setLocale(getLocale());
    starts.addValueChangeListener(e -> {
      if (e.getValue() != null && e.getOldValue() != null && ends.getValue() != null) {
        ends.setValue(ends.getValue().plus(java.time.Duration.between(e.getOldValue(), e.getValue())));
      }
    });
    TextField location = new TextField(Texts.t("events.field.location"));
    location.setMaxLength(500);
    TextField online = new TextField(Texts.t("events.field.online"));
    online.setPlaceholder("https://");
    Select<CommunityView> community = new Select<>();
    community.setLabel(Texts.t("events.field.community"));
    community.setEmptySelectionAllowed(true);
    community.setEmptySelectionCaption(Texts.t("events.personal"));
    community.setItems(myCommunities);
    community.setItemLabelGenerator(c -> c == null ? Texts.t("events.personal") : c.name());
    community.setValue(preselected);
    IntegerField capacity = new IntegerField(Texts.t("events.field.capacity"));
    capacity.setMin(1);
    capacity.setHelperText(Texts.t("events.field.capacityHelp"));
    Select<Repeat> repeat = new Select<>();
    repeat.setLabel(Texts.t("events.field.repeat"));
    repeat.setItems(Repeat.values());
    repeat.setItemLabelGenerator(r -> Texts.t("events.repeat." + r.name().toLowerCase(Locale.ROOT)));
    repeat.setValue(Repeat.NONE);
    IntegerField times = new IntegerField(Texts.t("events.field.times"));
    times.setMin(2);
    times.setMax(500);
    times.setValue(4);
    times.setVisible(false);
    repeat.addValueChangeListener(e -> times.setVisible(e.getValue() != Repeat.NONE));
    FormLayout form = new FormLayout(title, starts, ends, location, online, community, capacity, repeat, times, description);
    form.setColspan(title, 2);
    form.setColspan(description, 2);
    add(form);

    Button schedule = new Button(Texts.t("events.scheduleButton"), e -> {
      EventRequest request = new EventRequest();
      request.title = title.getValue();
      request.description = description.getValue();
      request.startsAt = starts.getValue() == null ? null : starts.getValue().atZone(Times.zone()).toOffsetDateTime().toString();
      request.endsAt = ends.getValue() == null ? null : ends.getValue().atZone(Times.zone()).toOffsetDateTime().toString();
      request.timeZone = Times.zone().getId();
      request.location = location.getValue().isBlank() ? null : location.getValue();
      request.onlineUrl = online.getValue().isBlank() ? null : online.getValue();
      request.communityId = community.getValue() == null ? null : community.getValue().id();
      request.capacity = capacity.getValue();
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
