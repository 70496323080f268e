package org.agora.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.agora.events.entity.OccurrenceView;
import org.agora.surveys.entity.SurveySummary;
import org.agora.ui.layout.Times;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.agora.communities.entity.CommunityView;
import org.agora.people.entity.PersonView;
import org.agora.ui.layout.MainLayout;

/**
 * The home page's right-hand column on wide screens (hidden on phones): what helps a newcomer find
 * their way: surveys waiting for their answer, the next events, tags trending this week, colleagues
 * to follow, communities for them.
 */
class HomeAside extends Aside {

  /** Where the column's lists come from; each may fail on its own without hiding the others. */
  interface Sources {
    List<String> trendingTags();

    List<PersonView> peopleToFollow();

    List<CommunityView> communitiesForMe();

    /** The next few events the reader may see. */
    List<OccurrenceView> upcomingEvents();

    /** Open surveys that ask the reader and that they have not answered yet. */
    List<SurveySummary> surveysToAnswer();

    /** Follows the person; answers whether it went through. */
    boolean follow(long personId);
  }

  HomeAside(Sources sources) {
    addClassName("home-aside");
    getElement().setAttribute("aria-label", getTranslation("aside.label"));
    getStyle().set("flex", "0 0 280px").set("max-width", "280px").set("padding-top", "var(--lumo-space-l)");
    // Filled on the browser's next round trip: the feed, which people came for, is drawn first.
    getElement().executeJs("return 0").then(ignored -> fill(sources));
  }

  private void fill(Sources sources) {
    section("aside.surveys", () -> {
      UnorderedList surveys = list();
      sources.surveysToAnswer().forEach(s -> surveys.add(new ListItem(new Anchor("surveys/" + s.id(), s.title()))));
      return surveys.getComponentCount() == 0 ? null : surveys;
    });
    section("aside.events", () -> {
      UnorderedList events = list();
      for (OccurrenceView o : sources.upcomingEvents()) {
        Span when = new Span(Times.ahead(o.startsAt(), java.time.Instant.now(), getLocale()));
        when.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        events.add(new ListItem(new Anchor("events/" + o.eventId(), o.title()), when));
      }
      if (events.getComponentCount() == 0) {
        return null;
      }
      events.add(new ListItem(new Anchor("events", getTranslation("aside.allEvents"))));
      return events;
    });
    section("aside.trending", () -> {
      UnorderedList tags = list();
      sources.trendingTags().forEach(tag -> tags.add(new ListItem(new Anchor("search?tag=" + tag, "#" + tag))));
      return tags.getComponentCount() == 0 ? null : tags;
    });
    section("aside.people", () -> {
      UnorderedList people = list();
      for (PersonView p : sources.peopleToFollow()) {
        Button follow = new Button(getTranslation("profile.follow"));
        follow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        follow.getElement().setAttribute("aria-label", getTranslation("profile.follow") + ": " + p.displayName());
        follow.addClickListener(e -> {
          if (sources.follow(p.id())) {
            follow.setText(getTranslation("aside.following"));
            follow.setEnabled(false);
          }
        });
        Div who = new Div(MainLayout.avatar(p.displayName(), p.avatarUrl()), new Anchor("people/" + p.id(), p.displayName()));
        who.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        ListItem item = new ListItem(who, follow);
        item.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "center");
        people.add(item);
      }
      return people.getComponentCount() == 0 ? null : people;
    });
    section("aside.communities", () -> {
      UnorderedList communities = list();
      sources.communitiesForMe().forEach(c -> communities.add(new ListItem(new Anchor("communities/" + c.id(), c.name()))));
      return communities.getComponentCount() == 0 ? null : communities;
    });
  }

  private void section(String title, java.util.function.Supplier<com.vaadin.flow.component.Component> content) {
    try {
      var shown = content.get();
      if (shown != null) {
        H3 heading = new H3(getTranslation(title));
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        add(heading, shown);
      }
    } catch (RuntimeException unavailable) {
      // one list failing (search down) leaves the others
    }
  }

  private static UnorderedList list() {
    UnorderedList list = new UnorderedList();
    list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0")
        .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
    return list;
  }
}
