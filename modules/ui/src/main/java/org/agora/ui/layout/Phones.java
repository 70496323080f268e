package org.agora.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Phones (windows up to 720 CSS pixels wide): tables become one column of cards there, so nothing
 * hides beyond the right edge, and switch back when the window grows.
 */
public final class Phones {

  public static final int NARROW = 720;
  private static final String NARROW_KEY = "agora.narrow";

  private Phones() {}

  /**
   * Calls {@code narrow} with whether the window is phone-narrow when attached and whenever that
   * changes. The last width seen is kept on the UI, so what is drawn later (a figure computed in the
   * background) is drawn for the right width at once, not first too wide.
   */
  public static void onWidth(Component component, Consumer<Boolean> narrow) {
    component.addAttachListener(attach -> {
      UI ui = attach.getUI();
      Boolean known = (Boolean) ComponentUtil.getData(ui, NARROW_KEY);
      if (known != null) {
        narrow.accept(known);
      }
      component.getElement().executeJs("return window.innerWidth").then(Integer.class, width -> {
        ComponentUtil.setData(ui, NARROW_KEY, width <= NARROW);
        narrow.accept(width <= NARROW);
      });
      Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> {
        ComponentUtil.setData(ui, NARROW_KEY, e.getWidth() <= NARROW);
        narrow.accept(e.getWidth() <= NARROW);
      });
      component.addDetachListener(detach -> {
        resize.remove();
        detach.unregisterListener();
      });
    });
  }

  /**
   * On a phone the grid shows only a card per row ({@code card}), on wider screens its columns.
   * The card column is added last; its header is {@code header}.
   */
  public static <T> void cardsOnPhones(Grid<T> grid, String header, SerializableFunction<T, Component> card) {
    List<Grid.Column<T>> wide = List.copyOf(grid.getColumns());
    Grid.Column<T> compact = grid.addColumn(new ComponentRenderer<>(card::apply)).setHeader(header).setFlexGrow(1);
    compact.setVisible(false);
    onWidth(grid, narrow -> {
      compact.setVisible(narrow);
      wide.forEach(column -> column.setVisible(!narrow));
    });
  }

  /** A card of lines: the first (a component, e.g. a link) in bold, then plain lines, blank ones left out. */
  public static Div card(Component first, String... lines) {
    Div card = new Div(first);
    card.addClassName("grid-card");
    card.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere").set("padding", "var(--lumo-space-xs) 0");
    first.getElement().getStyle().set("font-weight", "600");
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        Div row = new Div(new Text(line));
        row.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        card.add(row);
      }
    }
    return card;
  }

  /** "a · b · c" of the parts that are there. */
  public static String joined(String... parts) {
    return String.join(" · ", java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).toList());
  }

  public static Span text(String text) {
    return new Span(text == null ? "" : text);
  }
}
