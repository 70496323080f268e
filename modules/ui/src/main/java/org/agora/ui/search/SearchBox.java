package org.agora.ui.search;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.boundary.Search;
import org.agora.search.entity.Suggestion;

/**
 * The search box in the app bar: type-ahead over people, communities and tags as one types;
 * picking a suggestion opens it, Enter on free text opens the results page.
 */
public class SearchBox extends ComboBox<Suggestion> {

  public SearchBox(Search search, CurrentUser currentUser) {
    setPlaceholder(getTranslation("search.placeholder"));
    setAriaLabel(getTranslation("nav.search"));
    addClassName("agora-search");
    setPrefixComponent(VaadinIcon.SEARCH.create());
    setAllowCustomValue(true);
    setWidth("min(360px, 40vw)");
    setItemLabelGenerator(this::label);
    setItems(query -> {
      // Read the page first, whatever is typed: Vaadin fails the fetch ("Internal error" on the
      // page) when a data provider never asks for its limit, as it did for the empty box.
      int offset = query.getOffset();
      int limit = query.getLimit();
      String typed = query.getFilter().orElse("");
      if (typed.isBlank()) {
        return java.util.stream.Stream.empty();
      }
      try {
        return search.suggest(currentUser.required(), typed).items().stream().skip(offset).limit(limit);
      } catch (RuntimeException searchDown) {
        return java.util.stream.Stream.empty(); // the results page explains an outage; type-ahead just stays quiet
      }
    });
    addCustomValueSetListener(e -> open("search?q=" + encode(e.getDetail())));
    addValueChangeListener(e -> {
      Suggestion picked = e.getValue();
      if (picked == null) {
        return;
      }
      open(switch (picked.type()) {
        case "person" -> "people/" + picked.id();
        case "tag" -> "search?tag=" + encode(picked.text());
        default -> "search?q=" + encode(picked.text());
      });
      clear();
    });
  }

  private void open(String location) {
    getUI().ifPresent(ui -> ui.navigate(location));
  }

  private String label(Suggestion s) {
    return switch (s.type()) {
      case "person", "community" -> s.text() + " · " + getTranslation("search.type." + s.type());
      case "tag" -> "#" + s.text();
      default -> s.text();
    };
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
