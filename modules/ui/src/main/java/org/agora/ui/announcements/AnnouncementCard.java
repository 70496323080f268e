package org.agora.ui.announcements;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.agora.announcements.boundary.Announcements;
import org.agora.announcements.entity.AnnouncementView;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.ui.layout.Refusals;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/**
 * One announcement, marked as such: "Announcement" (and "Must read"), the rendered text, who
 * posted it (and where) and until when it is pinned, then "Read and understood" for a must-read
 * one of the reader's audience or "Dismiss", and the reach link for its author and admins.
 */
class AnnouncementCard extends Div {

  /** What the card's buttons do; {@code null} leaves a button out. */
  record Actions(Runnable confirm, Runnable dismiss) {

    /** "Read and understood" and "Dismiss" where {@code confirm} and {@code dismiss} say, then {@code after}. */
    static Actions of(Announcements announcements, AgoraPrincipal reader, long id, boolean confirm, boolean dismiss,
        Runnable after) {
      return new Actions(confirm ? () -> then(() -> announcements.confirm(reader, id), after) : null,
          dismiss ? () -> then(() -> announcements.dismiss(reader, id), after) : null);
    }

    private static void then(Runnable change, Runnable after) {
      if (Refusals.attempt(change)) {
        after.run();
      }
    }
  }

  AnnouncementCard(AnnouncementView announcement, Actions actions) {
    addClassNames("announcement-card", announcement.mustRead() ? "must-read" : "announcement-plain");
    getElement().setAttribute("role", "article");
    getElement().setAttribute("aria-label", Texts.t("announcements.label"));
    getElement().setAttribute("data-announcement", String.valueOf(announcement.id()));
    getStyle().set("border", "2px solid var(--lumo-primary-color-50pct)").set("border-left-width", "6px")
        .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
        .set("background", "var(--lumo-primary-color-10pct)").set("width", "100%").set("box-sizing", "border-box")
        .set("overflow-wrap", "anywhere");
    Span badge = new Span(VaadinIcon.MEGAPHONE.create(), new Span(" " + Texts.t(announcement.mustRead()
        ? "announcements.mustReadBadge" : "announcements.badge")));
    badge.addClassName("announcement-badge");
    badge.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)");
    add(badge, new Html("<div class=\"announcement-text\">" + announcement.html() + "</div>"), facts(announcement));
    Div buttons = new Div();
    buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
        .set("align-items", "center");
    if (actions.confirm() != null) {
      Button confirm = new Button(Texts.t("announcements.confirm"), VaadinIcon.CHECK.create(), e -> actions.confirm().run());
      confirm.addClassName("announcement-confirm");
      confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      buttons.add(confirm);
    }
    if (actions.dismiss() != null) {
      Button dismiss = new Button(Texts.t("announcements.dismiss"), e -> actions.dismiss().run());
      dismiss.addClassName("announcement-dismiss");
      dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      buttons.add(dismiss);
    }
    if (announcement.mayReach()) {
      Anchor reach = new Anchor("announcements/" + announcement.id(), Texts.t("announcements.seeReach"));
      reach.addClassName("announcement-reach-link");
      buttons.add(reach);
    }
    if (buttons.getComponentCount() > 0) {
      add(buttons);
    }
  }

  private Span facts(AnnouncementView announcement) {
    List<String> facts = new ArrayList<>();
    facts.add(Texts.t("announcements.by", announcement.author().displayName()));
    if (announcement.communityName() != null) {
      facts.add(Texts.t("announcements.in", announcement.communityName()));
    }
    facts.add(Texts.t("announcements.pinnedUntil", Times.exact(announcement.pinnedUntil(), getLocale())));
    Span line = new Span(String.join(" · ", facts));
    line.addClassName("announcement-facts");
    line.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)").set("margin-bottom", "var(--lumo-space-s)");
    return line;
  }
}
