package org.agora.ui.insights;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.agora.insights.entity.Table;
import org.agora.ui.layout.Phones;
import org.agora.ui.layout.Texts;

/**
 * An insight as a table people read: translated headers, numbers in the reader's locale (shares
 * as percentages, yes/no for flags), names linked to profiles instead of raw ids, and cells that
 * wrap rather than run off the panel.
 */
final class FigureTable {

  /** Columns that hold a share between 0 and 1, shown as a percentage. */
  private static final Set<String> SHARES = Set.of("share_across", "index", "share_of_questions_answered");

  private FigureTable() {}

  static Grid<List<Object>> of(Table table, Locale locale) {
    Grid<List<Object>> grid = new Grid<>();
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    int personId = table.columns().indexOf("person_id");
    for (int i = 0; i < table.columns().size(); i++) {
      String column = table.columns().get(i);
      int index = i;
      if (i == personId) {
        continue; // the name links to the person instead
      }
      Grid.Column<List<Object>> shown;
      if ("name".equals(column) && personId >= 0) {
        shown = grid.addComponentColumn(row -> new Anchor("people/" + row.get(personId), String.valueOf(row.get(index))));
      } else {
        boolean metric = "metric".equals(column);
        shown = grid.addColumn(row -> metric ? label("insights.metric.", row.get(index)) : value(column, row, table, locale));
      }
      shown.setHeader(label("insights.column.", column)).setFlexGrow(isNumber(table, index) ? 0 : 1).setAutoWidth(true)
          .setResizable(true);
    }
    Phones.cardsOnPhones(grid, table.title(), row -> card(table, row, personId, locale));
    grid.setItems(table.rows());
    grid.setAllRowsVisible(table.rows().size() <= 12);
    if (table.rows().size() > 12) {
      grid.setHeight("360px");
    }
    grid.setWidthFull();
    return grid;
  }

  /** A row on a phone: the first column in bold, the others as "Header: value" lines. */
  private static Component card(Table table, List<Object> row, int personId, Locale locale) {
    List<String> lines = new java.util.ArrayList<>();
    int first = personId == 0 ? 1 : 0;
    for (int i = first + 1; i < table.columns().size(); i++) {
      if (i != personId) {
        lines.add(label("insights.column.", table.columns().get(i)) + ": " + value(table.columns().get(i), row, table, locale));
      }
    }
    String head = "metric".equals(table.columns().get(first))
        ? label("insights.metric.", row.get(first)) : value(table.columns().get(first), row, table, locale);
    return Phones.card(Phones.text(head), lines.toArray(String[]::new));
  }

  private static String value(String column, List<Object> row, Table table, Locale locale) {
    Object value = row.get(table.columns().indexOf(column));
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean flag) {
      return Texts.t(flag ? "common.yes" : "common.no");
    }
    if (value instanceof Number number) {
      boolean share = SHARES.contains(column) || (row.size() == 2 && SHARES.contains(String.valueOf(row.get(0))));
      if (share) {
        return NumberFormat.getPercentInstance(locale).format(number.doubleValue());
      }
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setMaximumFractionDigits(isWhole(number) ? 0 : 1);
      return format.format(number);
    }
    return String.valueOf(value);
  }

  private static boolean isWhole(Number number) {
    return number instanceof Long || number instanceof Integer
        || (number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0);
  }

  private static boolean isNumber(Table table, int column) {
    return !table.rows().isEmpty() && table.rows().get(0).get(column) instanceof Number;
  }

  /** The translation of a column or metric name, or the name made readable when there is none. */
  private static String label(String prefix, Object name) {
    String key = prefix + name;
    String text = Texts.t(key);
    return text.startsWith("!{") ? String.valueOf(name).replace('_', ' ') : text;
  }
}
