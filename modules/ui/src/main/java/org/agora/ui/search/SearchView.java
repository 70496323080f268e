package org.agora.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Refusal;
import org.agora.search.boundary.Search;
import org.agora.search.entity.FacetValue;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.SearchResults;
import org.agora.ui.layout.MainLayout;

/**
 * Search results: one list over people, communities, posts, bookmarks and events with highlighted
 * snippets, and facets to narrow it (type, department, community, tags, date). Every filter is a
 * URL parameter, so a search can be bookmarked and shared.
 */
@Route(value = "search", layout = MainLayout.class)
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  static final List<String> FILTERS = List.of("q", "type", "department", "community", "tag");

  private final Search search;
  private final CurrentUser currentUser;
  private final TextField box = new TextField();
  private final VerticalLayout results = new VerticalLayout();
  private final VerticalLayout facets = new VerticalLayout();
  private final Paragraph summary = new Paragraph();
  private Map<String, String> filters = Map.of();
  private String next;

  @Inject
  public SearchView(Search search, CurrentUser currentUser) {
    this.search = search;
    this.currentUser = currentUser;
    setWidthFull();
    box.setAriaLabel(getTranslation("search.for"));
    box.setPlaceholder(getTranslation("search.view.placeholder"));
    box.setWidth("min(600px, 90vw)");
    box.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(with("q", box.getValue())));
    results.setPadding(false);
    facets.setPadding(false);
    // Facets beside the results on wide screens; on a phone above them, folded into "Filter".
    Details filter = new Details(getTranslation("search.filter"), facets);
    filter.addClassName("search-facets");
    filter.getStyle().set("flex", "0 0 240px").set("max-width", "100%");
    filter.setOpened(true);
    getElement().executeJs("return window.innerWidth").then(Integer.class, width -> filter.setOpened(width > 720));
    results.getStyle().set("flex", "1 1 320px").set("min-width", "0");
    Div body = new Div(filter, results);
    body.setWidthFull();
    body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
    summary.getElement().setAttribute("role", "status");
    facets.getElement().setAttribute("aria-label", getTranslation("search.facets"));
    add(new H2(getTranslation("nav.search")), box, summary, body);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.search") + " · Agora";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, String> read = new HashMap<>();
    event.getLocation().getQueryParameters().getParameters().forEach((name, values) -> {
      if (FILTERS.contains(name) && !values.isEmpty() && !values.get(0).isBlank()) {
        read.put(name, values.get(0));
      }
    });
    filters = read;
    box.setValue(filters.getOrDefault("q", ""));
    results.removeAll();
    facets.removeAll();
    next = null;
    load();
  }

  private void load() {
    SearchResults page;
    try {
      page = search.search(currentUser.required(), filters.get("q"), filters.get("type"), filters.get("department"),
          filters.get("community"), filters.get("tag"), null, null, 20, next);
    } catch (WebApplicationException | Refusal e) {
      summary.setText(org.agora.ui.layout.Refusals.status(e) == 503
          ? getTranslation("search.unavailable")
          : org.agora.ui.layout.Refusals.explain(e));
      return;
    }
    if (next == null) {
      summary.setText(page.total() == 0 ? getTranslation("search.nothing") : getTranslation("search.results", page.total()) + describeFilters());
      showFacets(page.facets(), page.facetsEstimated());
    }
    results.getChildren().filter(c -> c instanceof Button).toList().forEach(results::remove);
    page.items().forEach(item -> results.add(hit(item)));
    next = page.next();
    if (next != null) {
      results.add(new Button(getTranslation("search.more"), e -> load()));
    }
  }

  private Component hit(SearchItem item) {
    Div hit = new Div();
    hit.addClassName("search-hit");
    Span type = new Span(getTranslation("search.type." + item.type()));
    type.getElement().getThemeList().add("badge contrast small");
    String text = item.title() == null || item.title().isBlank() ? getTranslation("search.type." + item.type()) : item.title();
    Component title = switch (item.type()) {
      case "person" -> new Anchor("people/" + item.id(), text);
      case "community" -> new Anchor("communities/" + item.id(), text);
      case "post", "comment" -> new Anchor("posts/" + item.id(), text);
      case "bookmark" -> new Anchor("bookmarks/" + item.id(), text);
      case "event" -> new Anchor("events/" + item.id(), text);
      default -> new Span(text);
    };
    H3 heading = new H3();
    heading.add(type, new Span(" "), title);
    heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
    hit.add(heading);
    if (item.subtitle() != null) {
      Span subtitle = new Span(item.subtitle());
      subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      hit.add(subtitle);
    }
    if (item.snippet() != null && !item.snippet().isBlank()) {
      // The snippet is escaped by the search module except for its <mark> highlights.
      hit.add(new Html("<div class=\"snippet\">" + item.snippet() + "</div>"));
    }
    hit.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    return hit;
  }

  /** Facet links with their counts; "≈" when counted on a sample (a query matching very much). */
  private void showFacets(Map<String, List<FacetValue>> all, boolean estimated) {
    all.forEach((name, values) -> {
      if (values.isEmpty() || "date".equals(name)) {
        return;
      }
      String parameter = "tags".equals(name) ? "tag" : name;
      H3 facet = new H3(getTranslation("search.facet." + name));
      facet.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "var(--lumo-space-s) 0 0");
      facets.add(facet);
      for (FacetValue value : values.subList(0, Math.min(8, values.size()))) {
        boolean active = value.value().equals(filters.get(parameter));
        String label = "type".equals(name) ? getTranslation("search.type." + value.value()) : value.value();
        Anchor link = new Anchor(url(active ? without(parameter) : with(parameter, value.value())),
            (active ? "✓ " : "") + label + " (" + (estimated ? "≈ " : "") + value.count() + ")");
        link.getStyle().set("display", "block");
        facets.add(link);
      }
    });
  }

  private String describeFilters() {
    StringBuilder text = new StringBuilder();
    filters.forEach((k, v) -> {
      if (!"q".equals(k)) {
        text.append(", ").append(getTranslation("search.facet." + ("tag".equals(k) ? "tags" : k))).append(": ").append(v);
      }
    });
    return text.toString();
  }

  private Map<String, String> with(String name, String value) {
    Map<String, String> changed = new HashMap<>(filters);
    changed.put(name, value);
    return changed;
  }

  private Map<String, String> without(String name) {
    Map<String, String> changed = new HashMap<>(filters);
    changed.remove(name);
    return changed;
  }

  private void go(Map<String, String> parameters) {
    getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(parameters)));
  }

  private static String url(Map<String, String> parameters) {
    return "search?" + QueryParameters.simple(parameters).getQueryString();
  }
}
