package org.agora.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Refusal;
import org.agora.search.boundary.ExpertDiscovery;
import org.agora.search.entity.Expert;
import org.agora.search.entity.Experts;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Texts;

/** "Who knows …?": colleagues ranked for a topic, each with the reasons for the rank. */
@Route(value = "experts", layout = MainLayout.class)
public class ExpertsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final ExpertDiscovery experts;
  private final CurrentUser currentUser;
  private final TextField topic = new TextField();
  private final VerticalLayout list = new VerticalLayout();

  @Inject
  public ExpertsView(ExpertDiscovery experts, CurrentUser currentUser) {
    this.experts = experts;
    this.currentUser = currentUser;
    setMaxWidth("860px");
    topic.setLabel(getTranslation("experts.topic"));
    topic.setPlaceholder(getTranslation("experts.placeholder"));
    topic.setWidth("min(480px, 90vw)");
    topic.addKeyPressListener(com.vaadin.flow.component.Key.ENTER,
        e -> getUI().ifPresent(ui -> ui.navigate("experts", QueryParameters.of("topic", topic.getValue()))));
    list.setPadding(false);
    list.getElement().setAttribute("aria-live", "polite");
    add(new H2(getTranslation("experts.title")), topic, list);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.experts") + " · Agora";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("topic", List.of());
    list.removeAll();
    if (asked.isEmpty() || asked.get(0).isBlank()) {
      list.add(new Paragraph(getTranslation("experts.intro")));
      return;
    }
    topic.setValue(asked.get(0));
    Experts found;
    try {
      found = experts.find(currentUser.required(), asked.get(0), null, null, 10);
    } catch (WebApplicationException | Refusal e) {
      list.add(new Paragraph(org.agora.ui.layout.Refusals.status(e) == 503
          ? getTranslation("experts.unavailable") : org.agora.ui.layout.Refusals.explain(e)));
      return;
    }
    if (found.items().isEmpty()) {
      list.add(new Paragraph(getTranslation("experts.nobody", asked.get(0))));
    }
    if (!found.aliases().isEmpty()) {
      list.add(new Paragraph(getTranslation("experts.aliases", String.join(", ", found.aliases()))));
    }
    int rank = 1;
    for (Expert expert : found.items()) {
      list.add(card(rank++, expert, asked.get(0)));
    }
  }

  private static Component card(int rank, Expert expert, String topic) {
    Div card = new Div();
    card.addClassName("expert-card");
    H3 name = new H3(rank + ". ");
    name.add(new Anchor("people/" + expert.id(), expert.displayName()));
    name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
    Span where = new Span(String.join(" · ", java.util.stream.Stream.of(expert.department(), expert.location())
        .filter(s -> s != null && !s.isBlank()).toList()));
    where.getStyle().set("color", "var(--lumo-secondary-text-color)");
    UnorderedList reasons = new UnorderedList();
    expert.signals().forEach(r -> reasons.add(new ListItem(Texts.t("experts.reason." + r.kind(), r.count(), topic))));
    card.add(name, where, reasons);
    card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
        .set("width", "100%");
    return card;
  }
}
