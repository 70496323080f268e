package org.agora.ui.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.ws.rs.WebApplicationException;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.entity.FeedFilter;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.people.boundary.Endorsements;
import org.agora.people.boundary.ProfileUpdate;
import org.agora.people.entity.SkillView;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.home.FeedActions;
import org.agora.ui.home.FeedCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.agora.people.boundary.Following;
import org.agora.people.boundary.Profiles;
import org.agora.people.entity.ProfileView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.layout.ExternalLink;
import org.agora.ui.layout.MainLayout;

/** A colleague's profile: who they are, their skills with endorsements, follow button. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("Profile · Agora")
public class ProfilePage extends VerticalLayout implements HasUrlParameter<Long> {

  private final Profiles profiles;
  private final Following following;
  private final CurrentUser currentUser;
  private final Endorsements endorsements;
  private final Feeds feeds;
  private final Bookmarks bookmarks;
  private final FeedActions actions;

  @Inject
  public ProfilePage(Profiles profiles, Following following, CurrentUser currentUser, Endorsements endorsements,
      Feeds feeds, Bookmarks bookmarks, FeedActions actions) {
    this.endorsements = endorsements;
    this.feeds = feeds;
    this.bookmarks = bookmarks;
    this.actions = actions;
    this.profiles = profiles;
    this.following = following;
    this.currentUser = currentUser;
    setMaxWidth("760px");
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    removeAll();
    try {
      show(profiles.profile(currentUser.required(), id));
    } catch (NotFoundException e) {
      add(new H2("Not found"), new Paragraph("There is no such person, or you may not see them."));
    }
  }

  private void show(ProfileView p) {
    Image avatar = new Image("api/v1/people/" + p.id() + "/avatar", p.initials());
    avatar.setWidth("96px");
    avatar.getStyle().set("border-radius", "50%");
    VerticalLayout who = new VerticalLayout(new H2(p.displayName()),
        new Span(join(p.title(), p.department() == null ? null : p.department().name(), p.location())));
    who.setPadding(false);
    add(new HorizontalLayout(avatar, who));
    add(new Span(p.followers() + " followers · " + p.following() + " following"));
    if (!p.me()) {
      Button follow = new Button(p.followedByMe() ? "Unfollow" : "Follow", e -> toggleFollow(p));
      add(follow);
    }
    if (p.about() != null) {
      add(new Paragraph(p.about()));
    }
    Div skills = new Div();
    p.endorsements().forEach(s -> skills.add(skill(p, s)));
    add(skills);
    if (p.me()) {
      add(new Button("Edit my profile", e -> editDialog(p).open()));
    }

    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    VerticalLayout stream = new VerticalLayout();
    stream.setPadding(false);
    var items = feeds.person(currentUser.required(), p.id(), FeedFilter.ALL, PageRequest.of(20, null)).items();
    items.forEach(item -> stream.add(new FeedCard(item, actions)));
    if (items.isEmpty()) {
      stream.add(FeedCard.empty("Nothing posted yet."));
    }
    tabs.add("Activity", stream);
    VerticalLayout links = new VerticalLayout();
    links.setPadding(false);
    var saved = bookmarks.list(currentUser.required(), new Bookmarks.Filter(null, p.id(), null), PageRequest.of(50, null)).items();
    saved.forEach(b -> {
      Anchor link = ExternalLink.to(b.url(), b.title());
      links.add(new Div(link, new Span(b.tags().isEmpty() ? "" : "  · " + String.join(", ", b.tags()))));
    });
    if (saved.isEmpty()) {
      links.add(FeedCard.empty("No bookmarks to show."));
    }
    tabs.add("Bookmarks", links);
    add(tabs);
  }

  /** A skill badge with its endorsement count; colleagues endorse (or take it back) with a click. */
  private Component skill(ProfileView p, SkillView s) {
    Span badge = new Span(s.skill() + (s.endorsements() > 0 ? " · " + s.endorsements() : ""));
    badge.getElement().getThemeList().add(s.endorsedByMe() ? "badge success" : "badge");
    badge.getStyle().set("margin-right", "var(--lumo-space-s)");
    if (p.me()) {
      return badge;
    }
    Button endorse = new Button(s.endorsedByMe() ? "✓" : "+1", e -> {
      if (s.endorsedByMe()) {
        endorsements.withdraw(currentUser.id(), p.id(), s.skill());
      } else {
        endorsements.endorse(currentUser.id(), p.id(), s.skill());
      }
      setParameter(null, p.id());
    });
    endorse.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
    endorse.getElement().setAttribute("aria-label", (s.endorsedByMe() ? "Take back endorsement for " : "Endorse for ") + s.skill());
    Span skill = new Span(badge, endorse);
    skill.getStyle().set("margin-right", "var(--lumo-space-m)");
    return skill;
  }

  private Dialog editDialog(ProfileView p) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Edit my profile");
    TextField title = new TextField("Title", p.title() == null ? "" : p.title(), "");
    TextField location = new TextField("Location", p.location() == null ? "" : p.location(), "");
    TextArea about = new TextArea("About me", p.about() == null ? "" : p.about(), "");
    TextField skillList = new TextField("Skills (comma separated)", String.join(", ", p.skills()), "");
    title.setMaxLength(120);
    location.setMaxLength(120);
    about.setMaxLength(4000);
    dialog.add(new FormLayout(title, location, about, skillList));
    Button save = new Button("Save", e -> {
      ProfileUpdate change = new ProfileUpdate();
      change.title = title.getValue();
      change.location = location.getValue();
      change.about = about.getValue();
      change.skills = java.util.Arrays.stream(skillList.getValue().split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
      try {
        profiles.update(currentUser.required(), p.id(), change);
        dialog.close();
        setParameter(null, p.id());
      } catch (WebApplicationException refused) {
        about.setErrorMessage(refused.getMessage());
        about.setInvalid(true);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    return dialog;
  }

  private void toggleFollow(ProfileView p) {
    if (p.followedByMe()) {
      following.unfollow(currentUser.id(), p.id());
    } else {
      following.follow(currentUser.id(), p.id());
    }
    setParameter(null, p.id());
  }

  private static String join(String... parts) {
    return String.join(" · ", java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toList());
  }
}
