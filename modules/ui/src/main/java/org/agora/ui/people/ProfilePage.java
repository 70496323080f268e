package org.agora.ui.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.entity.FeedFilter;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.people.boundary.Endorsements;
import org.agora.people.boundary.Following;
import org.agora.people.boundary.Profiles;
import org.agora.people.boundary.SkillVocabulary;
import org.agora.people.entity.ProfileView;
import org.agora.people.entity.SkillView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.home.FeedActions;
import org.agora.ui.home.FeedCard;
import org.agora.ui.home.FeedList;
import org.agora.ui.layout.ExternalLink;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.privacy.FormerColleague;

/** A colleague's profile: who they are, their skills with endorsements, follow button, their feed and bookmarks. */
@Route(value = "people", layout = MainLayout.class)
public class ProfilePage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

  private final Profiles profiles;
  private final Following following;
  private final CurrentUser currentUser;
  private final Endorsements endorsements;
  private final Feeds feeds;
  private final Bookmarks bookmarks;
  private final FeedActions actions;
  private final SkillVocabulary vocabulary;
  private String title = "";

  @Inject
  public ProfilePage(Profiles profiles, Following following, CurrentUser currentUser, Endorsements endorsements,
      Feeds feeds, Bookmarks bookmarks, FeedActions actions, SkillVocabulary vocabulary) {
    this.vocabulary = vocabulary;
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
      add(new H2(getTranslation("profile.notFound")), new Paragraph(getTranslation("profile.notFound.text")));
    }
  }

  @Override
  public String getPageTitle() {
    return (title.isEmpty() ? getTranslation("profile.title") : title) + " · Agora";
  }

  private void show(ProfileView p) {
    title = FormerColleague.shown(p.displayName());
    Avatar avatar = MainLayout.avatar(p.displayName(), p.avatarUrl());
    avatar.addClassName("profile-photo");
    avatar.setWidth("96px");
    avatar.setHeight("96px");
    VerticalLayout who = new VerticalLayout(new H2(title),
        new Span(join(p.title(), p.department() == null ? null : p.department().name(), p.location())));
    who.setPadding(false);
    add(new HorizontalLayout(avatar, who));
    add(new Span(getTranslation("profile.counts", p.followers(), p.following())));
    if (!p.active()) {
      Span disabled = new Span(getTranslation("users.disabled"));
      disabled.getElement().getThemeList().add("badge error");
      add(disabled);
    }
    if (!p.me()) {
      add(new Button(getTranslation(p.followedByMe() ? "profile.unfollow" : "profile.follow"), e -> toggleFollow(p)));
    }
    if (p.about() != null) {
      add(new Paragraph(p.about()));
    }
    Div skills = new Div();
    skills.getElement().setAttribute("aria-label", getTranslation("profile.skills"));
    p.endorsements().forEach(s -> skills.add(skill(p, s)));
    add(skills);
    if (p.me()) {
      add(new Button(getTranslation("profile.edit"), e -> new ProfileDialog(profiles, vocabulary, currentUser, p, () -> setParameter(null, p.id()))
          .open()));
    }

    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    tabs.add(getTranslation("profile.activity"), new FeedList(
        (cursor, limit) -> feeds.person(currentUser.required(), p.id(), FeedFilter.ALL, PageRequest.of(limit, cursor)), actions,
        getTranslation("profile.noActivity")));
    tabs.add(getTranslation("nav.bookmarks"), bookmarks(p));
    add(tabs);
  }

  private Component bookmarks(ProfileView p) {
    VerticalLayout links = new VerticalLayout();
    links.setPadding(false);
    try {
      var saved = bookmarks.list(currentUser.required(), new Bookmarks.Filter(null, p.id(), null), PageRequest.of(50, null)).items();
      saved.forEach(b -> {
        Anchor link = ExternalLink.to(b.url(), b.title());
        links.add(new Div(link, new Span(b.tags().isEmpty() ? "" : "  · " + String.join(", ", b.tags()))));
      });
      if (saved.isEmpty()) {
        links.add(FeedCard.empty(getTranslation("profile.noBookmarks")));
      }
    } catch (RuntimeException e) {
      links.add(FeedCard.empty(getTranslation("list.error")));
    }
    return links;
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
    // The accessible name starts with what the button shows (WCAG 2.5.3, label in name).
    endorse.getElement().setAttribute("aria-label", endorse.getText() + " "
        + getTranslation(s.endorsedByMe() ? "profile.unendorse" : "profile.endorse", s.skill()));
    Span skill = new Span(badge, endorse);
    skill.getStyle().set("margin-right", "var(--lumo-space-m)");
    return skill;
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
