package org.agora.ui.onboarding;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.agora.onboarding.boundary.Onboarding;
import org.agora.onboarding.entity.Checklist;
import org.agora.onboarding.entity.NewcomerView;
import org.agora.onboarding.entity.Step;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Times;

/**
 * Above the home feed: for a newcomer, the "Welcome" checklist (each step ticked, or a link to
 * where to do it) and their buddy; for a buddy, their newcomers and how far each has come. Empty
 * for everyone else. Filled on the browser's next round trip, so the feed is drawn first.
 */
public class WelcomePanel extends Div {

  public WelcomePanel(Onboarding onboarding, AgoraPrincipal reader) {
    addClassName("welcome-panel");
    // Takes no room until there is something to show (most people are neither newcomers nor buddies).
    getStyle().set("display", "none").set("flex-direction", "column").set("gap", "var(--lumo-space-m)").set("width", "100%");
    getElement().executeJs("return 0").then(ignored -> {
      try {
        fill(onboarding.checklist(reader), onboarding.myNewcomers(reader));
      } catch (RuntimeException unavailable) {
        // the feed matters more than the checklist
      }
    });
  }

  private void fill(Checklist checklist, List<NewcomerView> newcomers) {
    if (checklist.newcomer()) {
      add(welcome(checklist));
    }
    if (!newcomers.isEmpty()) {
      add(yourNewcomers(newcomers));
    }
    if (getComponentCount() > 0) {
      getStyle().set("display", "flex");
    }
  }

  private Section welcome(Checklist checklist) {
    Section card = card("welcome-card", "onboarding.welcome.title");
    card.add(new Paragraph(getTranslation("onboarding.welcome.progress", checklist.done(), checklist.steps().size())));
    OrderedList steps = new OrderedList();
    steps.getStyle().set("padding-left", "0").set("list-style", "none").set("margin", "0");
    for (Step step : checklist.steps()) {
      steps.add(stepItem(step, checklist));
    }
    card.add(steps);
    if (checklist.buddy() != null) {
      Div buddy = new Div(new Span(getTranslation("onboarding.welcome.buddy")), MainLayout.avatar(checklist.buddy().displayName(),
          checklist.buddy().avatarUrl()), new Anchor("people/" + checklist.buddy().id(), checklist.buddy().displayName()));
      buddy.addClassName("welcome-buddy");
      buddy.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
          .set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-s)");
      card.add(buddy);
    }
    return card;
  }

  private ListItem stepItem(Step step, Checklist checklist) {
    String text = getTranslation("onboarding.step." + step.key(),
        checklist.buddy() == null ? "" : checklist.buddy().displayName());
    ListItem item = new ListItem();
    item.addClassNames("welcome-step", "welcome-step-" + step.key(), step.done() ? "step-done" : "step-todo");
    item.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
        .set("padding", "var(--lumo-space-xs) 0");
    var icon = (step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
    icon.getElement().setAttribute("aria-hidden", "true");
    icon.setColor(step.done() ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
    icon.setSize("var(--lumo-icon-size-s)");
    icon.getStyle().set("flex", "none");
    if (step.done()) {
      Span done = new Span(getTranslation("onboarding.done"));
      done.addClassName("step-state");
      done.getStyle().set("color", "var(--lumo-success-text-color)").set("font-size", "var(--lumo-font-size-s)");
      item.add(icon, new Span(text), done);
    } else {
      // "" is home itself: the composer is right below.
      item.add(icon, new Anchor(step.href().isEmpty() ? "." : step.href(), text));
    }
    return item;
  }

  private Section yourNewcomers(List<NewcomerView> newcomers) {
    Section card = card("your-newcomers", "onboarding.newcomers.title");
    UnorderedList list = new UnorderedList();
    list.getStyle().set("padding-left", "0").set("list-style", "none").set("margin", "0");
    for (NewcomerView n : newcomers) {
      Span how = new Span(getTranslation("onboarding.newcomers.line", Times.relative(n.joinedAt(), getLocale()),
          n.stepsDone(), n.steps()));
      how.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      ListItem item = new ListItem(MainLayout.avatar(n.person().displayName(), n.person().avatarUrl()),
          new Anchor("people/" + n.person().id(), n.person().displayName()), how);
      item.addClassName("newcomer");
      item.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
          .set("flex-wrap", "wrap").set("padding", "var(--lumo-space-xs) 0");
      list.add(item);
    }
    card.add(list);
    return card;
  }

  private Section card(String className, String titleKey) {
    Section card = new Section();
    card.addClassName(className);
    H3 title = new H3(getTranslation(titleKey));
    title.getStyle().set("margin", "0 0 var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-l)");
    card.add(title);
    card.getElement().setAttribute("aria-label", getTranslation(titleKey));
    card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-base-color)").set("box-sizing", "border-box")
        .set("max-width", "100%");
    return card;
  }
}
