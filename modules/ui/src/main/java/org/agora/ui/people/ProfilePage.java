package org.agora.ui.people;

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
import org.agora.ui.layout.MainLayout;

/** A colleague's profile: who they are, their skills with endorsements, follow button. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("Profile · Agora")
public class ProfilePage extends VerticalLayout implements HasUrlParameter<Long> {

  private final Profiles profiles;
  private final Following following;
  private final CurrentUser currentUser;

  @Inject
  public ProfilePage(Profiles profiles, Following following, CurrentUser currentUser) {
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
    p.endorsements().forEach(s -> {
      Span badge = new Span(s.skill() + (s.endorsements() > 0 ? " · " + s.endorsements() : ""));
      badge.getElement().getThemeList().add("badge");
      badge.getStyle().set("margin-right", "var(--lumo-space-s)");
      skills.add(badge);
    });
    add(skills);
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
