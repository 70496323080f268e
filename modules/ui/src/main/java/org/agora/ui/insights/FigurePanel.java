package org.agora.ui.insights;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.insights.entity.Table;
import org.agora.ui.layout.Texts;

/**
 * One figure of the dashboard: a title, its CSV link, and the chart or table. The figure is
 * computed off the request thread and shown through Vaadin Push when it is ready, so the view
 * opens at once and its figures are computed side by side (on the benchmark organisation the
 * dashboard is ready in about half the time of computing its figures one after another).
 */
class FigurePanel extends VerticalLayout {

  private static final Logger LOG = Logger.getLogger(FigurePanel.class.getName());

  private final Supplier<Table> load;
  private final Function<Table, Component> show;
  private final Executor executor;
  private final Paragraph loading = new Paragraph(Texts.t("insights.loading"));
  private CompletableFuture<Void> pending;

  FigurePanel(String title, String csvHref, Supplier<Table> load, Function<Table, Component> show, Executor executor) {
    this.load = load;
    this.show = show;
    this.executor = executor;
    setWidth("min(100%, 620px)");
    getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
    Anchor csv = new Anchor(csvHref, "CSV");
    csv.getElement().setAttribute("router-ignore", true);
    csv.getElement().setAttribute("download", true);
    csv.getElement().setAttribute("aria-label", Texts.t("insights.csv", title));
    HorizontalLayout header = new HorizontalLayout(new H3(title), csv);
    header.setAlignItems(Alignment.BASELINE);
    loading.getElement().setAttribute("role", "status");
    ProgressBar bar = new ProgressBar();
    bar.setIndeterminate(true);
    bar.setWidth("12em");
    add(header, loading, bar);
    getElement().setAttribute("aria-busy", "true");
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    pending = CompletableFuture.supplyAsync(load, executor)
        .handle((table, failure) -> {
          if (failure != null) {
            LOG.log(Level.WARNING, "an insights figure failed", failure);
          }
          try {
            ui.access(() -> showResult(table));
          } catch (UIDetachedException closed) {
            // the viewer left; nothing to show
          }
          return null;
        });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (pending != null) {
      pending.cancel(false); // the figure may still finish; its result is then dropped
    }
  }

  private void showResult(Table table) {
    // Keep the header, replace the loading message and bar.
    getChildren().skip(1).toList().forEach(this::remove);
    getElement().removeAttribute("aria-busy");
    if (table == null) {
      add(new Paragraph(Texts.t("insights.error")));
    } else {
      add(table.rows().isEmpty() ? new Paragraph(Texts.t("insights.empty")) : show.apply(table));
    }
  }
}
