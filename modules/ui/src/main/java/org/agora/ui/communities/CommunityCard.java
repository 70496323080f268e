package org.agora.ui.communities;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Visibility;

/**
 * A community in the list: its name (a link to its page), visibility, members, what it is about,
 * where I stand, and Join (or Ask to join) right here when I am not in it.
 */
class CommunityCard extends Div {

  /** Joins the community; answers the state I am in afterwards, or null when refused. */
  interface Joiner {
    MembershipState join(CommunityView community);
  }

  CommunityCard(CommunityView community, Joiner joiner) {
    addClassName("community-card");
    getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("display", "flex").set("flex-direction", "column")
        .set("gap", "var(--lumo-space-xs)").set("min-width", "0");
    H3 name = new H3(new Anchor("communities/" + community.id(), community.name()));
    name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)").set("overflow-wrap", "anywhere");
    Span visibility = new Span(getTranslation("visibility." + community.visibility().name().toLowerCase(Locale.ROOT)));
    visibility.getElement().getThemeList().add("badge contrast small");
    // No member count where the reader may not see who is in it (a restricted community they are not in).
    Span facts = community.memberCount() == null ? new Span(visibility)
        : new Span(visibility, new Span(" " + getTranslation("community.members.count", community.memberCount())));
    facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    Paragraph about = new Paragraph(community.description() == null ? "" : community.description());
    about.addClassName("community-about");
    // Three lines of the description; the community's page has all of it.
    about.getStyle().set("margin", "0").set("display", "-webkit-box").set("-webkit-line-clamp", "3")
        .set("-webkit-box-orient", "vertical").set("overflow", "hidden");
    add(name, facts, about, standing(community, joiner));
  }

  private Div standing(CommunityView community, Joiner joiner) {
    Div standing = new Div();
    standing.addClassName("community-standing");
    MembershipState state = community.myState();
    if (state == MembershipState.ACTIVE) {
      standing.add(new Span("✓ " + getTranslation("community.youAre",
          getTranslation("role." + community.myRole().name().toLowerCase(Locale.ROOT)))));
    } else if (state == MembershipState.REQUESTED) {
      standing.add(new Span(getTranslation("community.requestPending")));
    } else {
      boolean open = community.visibility() == Visibility.PUBLIC || state == MembershipState.INVITED;
      Button join = new Button(getTranslation(state == MembershipState.INVITED ? "community.acceptInvitation"
          : open ? "community.join" : "community.askToJoin"));
      join.addThemeVariants(ButtonVariant.LUMO_SMALL);
      join.getElement().setAttribute("aria-label", join.getText() + ": " + community.name());
      join.addClickListener(e -> {
        MembershipState now = joiner.join(community);
        if (now != null) {
          standing.removeAll();
          standing.add(new Span(now == MembershipState.ACTIVE ? "✓ " + getTranslation("community.joined")
              : getTranslation("community.requestPending")));
        }
      });
      standing.add(join);
    }
    return standing;
  }
}
