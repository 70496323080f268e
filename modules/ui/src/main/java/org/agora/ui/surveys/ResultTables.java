package org.agora.ui.surveys;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.agora.surveys.entity.GroupResult;
import org.agora.surveys.entity.OptionCount;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.QuestionKind;
import org.agora.surveys.entity.QuestionResult;
import org.agora.ui.layout.Texts;

/**
 * A question's results as tables with headers, readable without colour: each answer's count and
 * share of the people who answered (with a bar beside the number), and the departments' breakdown.
 */
final class ResultTables {

  private ResultTables() {}

  /** Answer, count, share; {@code asked} gives a scale's end labels (null when unknown). */
  static Div distribution(QuestionResult result, Question asked, long responses, Locale locale) {
    NativeTable table = table(Texts.t("surveys.distributionOf", result.number()), "surveys.col.answer", "surveys.col.count",
        "surveys.col.share");
    table.addClassName("distribution");
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    for (OptionCount option : result.distribution()) {
      NativeTableRow row = table.getBody().addRow();
      String label = result.kind() == QuestionKind.SCALE && asked != null
          ? SurveyTexts.point(Integer.parseInt(option.label()), asked) : option.label();
      row.add(rowHeader(label), cell(String.valueOf(option.count()), true));
      double share = responses == 0 ? 0 : (double) option.count() / responses;
      Span bar = new Span();
      bar.getElement().setAttribute("aria-hidden", "true");
      bar.getStyle().set("display", "inline-block").set("height", "0.7em").set("margin-left", "var(--lumo-space-s)")
          .set("width", Math.round(Math.min(1, share) * 5) + "em").set("background", "var(--lumo-primary-color-50pct)");
      NativeTableCell shareCell = cell(percent.format(share), true);
      shareCell.getStyle().set("white-space", "nowrap");
      shareCell.add(bar);
      row.add(shareCell);
    }
    return scrolling(table);
  }

  /** Department (or "Other departments"), responses, and a scale's mean or a choice's counts. */
  static Div byDepartment(QuestionResult result, Locale locale) {
    boolean scale = result.kind() == QuestionKind.SCALE;
    NativeTable table = table(Texts.t("surveys.byDepartmentOf", result.number()), "surveys.col.department",
        "surveys.col.responses", scale ? "surveys.col.mean" : "surveys.col.answers");
    table.addClassName("by-department");
    NumberFormat decimal = NumberFormat.getNumberInstance(locale);
    decimal.setMaximumFractionDigits(1);
    for (GroupResult group : result.byDepartment()) {
      NativeTableRow row = table.getBody().addRow();
      String detail = scale ? (group.mean() == null ? "–" : decimal.format(group.mean())) : counts(group.distribution());
      row.add(rowHeader(group.other() ? Texts.t("surveys.otherDepartments") : group.department()),
          cell(String.valueOf(group.responses()), true), cell(detail, scale));
    }
    return scrolling(table);
  }

  private static String counts(List<OptionCount> distribution) {
    return distribution == null ? "" : distribution.stream().map(o -> o.label() + ": " + o.count()).collect(Collectors.joining(", "));
  }

  private static NativeTable table(String caption, String... headerKeys) {
    NativeTable table = new NativeTable();
    table.setCaptionText(caption);
    // The question's heading says it on screen; the caption names the table for screen readers.
    table.getCaption().getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
        .set("clip", "rect(0 0 0 0)");
    table.getStyle().set("width", "100%").set("border-collapse", "collapse").set("margin", "var(--lumo-space-s) 0");
    NativeTableRow head = table.getHead().addRow();
    for (String key : headerKeys) {
      NativeTableHeaderCell header = head.addHeaderCell();
      header.setText(Texts.t(key));
      header.getElement().setAttribute("scope", "col");
      header.getStyle().set("text-align", "start").set("border-bottom", "1px solid var(--lumo-contrast-30pct)")
          .set("padding", "var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
    }
    return table;
  }

  private static NativeTableCell cell(String text, boolean number) {
    NativeTableCell cell = new NativeTableCell(text);
    cell.getStyle().set("padding", "var(--lumo-space-xs)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
        .set("overflow-wrap", "anywhere");
    if (number) {
      cell.getStyle().set("font-variant-numeric", "tabular-nums");
    }
    return cell;
  }

  /** The row's first cell names it: an answer or a department. */
  private static NativeTableHeaderCell rowHeader(String text) {
    NativeTableHeaderCell header = new NativeTableHeaderCell(text);
    header.getElement().setAttribute("scope", "row");
    header.getStyle().set("text-align", "start").set("font-weight", "normal").set("padding", "var(--lumo-space-xs)")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("overflow-wrap", "anywhere");
    return header;
  }

  /** A long label never widens the page: at worst the table scrolls within its own box. */
  private static Div scrolling(NativeTable table) {
    Div box = new Div(table);
    box.getStyle().set("overflow-x", "auto").set("max-width", "100%");
    return box;
  }
}
