package org.agora.ui.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import org.agora.events.entity.OccurrenceView;
import org.agora.ui.layout.Times;

/**
 * A month of the events the reader may see, as a calendar: a table of weeks (the week starts as
 * the reader's language has it), each day with its occurrences as links to their events (the
 * first three, then "+2 more"), and buttons for the previous and the next month and today. It
 * follows changes to the events it shows while it is open.
 */
class MonthCalendar extends VerticalLayout {

  static final int SHOWN_PER_DAY = 3;

  private final EventActions actions;
  private final java.util.Set<Long> shownEvents = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private YearMonth month;

  MonthCalendar(EventActions actions) {
    this.actions = actions;
    addClassName("month-calendar");
    setPadding(false);
    show(YearMonth.now(Times.zone()));
    // A shown event that is moved, renamed or cancelled is redrawn at once.
    actions.followChanges(this, shownEvents::contains, () -> show(month));
  }

  void show(YearMonth shown) {
    month = shown;
    removeAll();
    H3 title = new H3(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(shown));
    title.addClassName("month-title");
    title.getStyle().set("margin", "0").set("flex", "1");
    Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(month.minusMonths(1)));
    previous.setAriaLabel(getTranslation("events.month.previous"));
    Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(month.plusMonths(1)));
    next.setAriaLabel(getTranslation("events.month.next"));
    Button today = new Button(getTranslation("events.month.today"), e -> show(YearMonth.now(Times.zone())));
    for (Button b : List.of(previous, next, today)) {
      b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
    HorizontalLayout bar = new HorizontalLayout(title, previous, today, next);
    bar.setWidthFull();
    bar.setAlignItems(FlexComponent.Alignment.CENTER);
    List<OccurrenceView> occurrences = actions.between(shown);
    shownEvents.clear();
    occurrences.forEach(o -> shownEvents.add(o.eventId()));
    add(bar, table(shown, byDay(occurrences)));
  }

  private static Map<LocalDate, List<OccurrenceView>> byDay(List<OccurrenceView> occurrences) {
    Map<LocalDate, List<OccurrenceView>> days = new TreeMap<>();
    for (OccurrenceView o : occurrences) {
      days.computeIfAbsent(o.startsAt().atZone(Times.zone()).toLocalDate(), d -> new ArrayList<>()).add(o);
    }
    return days;
  }

  private NativeTable table(YearMonth shown, Map<LocalDate, List<OccurrenceView>> days) {
    DayOfWeek first = WeekFields.of(getLocale()).getFirstDayOfWeek();
    NativeTable table = new NativeTable();
    table.addClassName("month-grid");
    table.setCaptionText(getTranslation("events.month.caption", DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(shown)));
    table.getCaption().getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
        .set("clip", "rect(0 0 0 0)");
    table.getStyle().set("width", "100%").set("table-layout", "fixed").set("border-collapse", "collapse");
    NativeTableRow names = table.getHead().addRow();
    for (int i = 0; i < 7; i++) {
      DayOfWeek day = first.plus(i);
      var cell = names.addHeaderCell();
      cell.setText(day.getDisplayName(TextStyle.SHORT, getLocale()));
      cell.getElement().setAttribute("scope", "col");
      cell.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, getLocale()));
      cell.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    }
    LocalDate today = LocalDate.now(Times.zone());
    LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(first));
    LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(first.minus(1)));
    NativeTableRow week = null;
    for (; !day.isAfter(end); day = day.plusDays(1)) {
      if (day.getDayOfWeek() == first) {
        week = table.getBody().addRow();
      }
      week.add(cell(day, shown, today, days.getOrDefault(day, List.of())));
    }
    return table;
  }

  private NativeTableCell cell(LocalDate day, YearMonth shown, LocalDate today, List<OccurrenceView> occurrences) {
    NativeTableCell cell = new NativeTableCell();
    cell.addClassName("month-day");
    cell.getStyle().set("vertical-align", "top").set("height", "5.5em").set("padding", "2px")
        .set("border", "1px solid var(--lumo-contrast-10pct)").set("overflow", "hidden");
    Span number = new Span(String.valueOf(day.getDayOfMonth()));
    number.getElement().setAttribute("aria-label", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(day));
    number.getStyle().set("font-size", "var(--lumo-font-size-s)");
    if (!YearMonth.from(day).equals(shown)) {
      // Another month's day: set apart by its background, its number still readable (axe-core).
      number.getStyle().set("color", "var(--lumo-secondary-text-color)");
      cell.getStyle().set("background", "var(--lumo-contrast-5pct)");
    }
    if (day.equals(today)) {
      cell.addClassName("today");
      number.getStyle().set("font-weight", "700").set("color", "var(--lumo-primary-text-color)");
    }
    cell.add(number);
    for (OccurrenceView o : occurrences.subList(0, Math.min(SHOWN_PER_DAY, occurrences.size()))) {
      String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(Times.zone()).format(o.startsAt());
      Anchor link = new Anchor("events/" + o.eventId(), o.title());
      link.addClassName("month-event");
      link.setTitle(time + " " + o.title());
      link.getElement().setAttribute("aria-label", time + ", " + o.title());
      link.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)").set("white-space", "nowrap")
          .set("overflow", "hidden").set("text-overflow", "ellipsis");
      cell.add(link);
    }
    if (occurrences.size() > SHOWN_PER_DAY) {
      Div more = new Div(getTranslation("events.month.more", occurrences.size() - SHOWN_PER_DAY));
      more.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
      cell.add(more);
    }
    return cell;
  }
}
