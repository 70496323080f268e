package org.agora.ui.announcements;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.agora.announcements.boundary.Announcements;
import org.agora.announcements.entity.AnnouncementView;
import org.agora.live.boundary.LiveListeners;
import org.agora.live.entity.BusEvent;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.ui.layout.LiveUpdates;
import org.agora.ui.layout.Texts;

/**
 * The announcements that stand above a feed (home: all of the reader's; a community page: that
 * community's), with "Post an announcement" for whoever may post here. Showing a card records
 * that the reader saw it; a new announcement arrives by Vaadin Push, without a reload.
 */
public class PinnedAnnouncements extends Div {

  private final Announcements announcements;
  private final AgoraPrincipal reader;
  private final Long communityId;
  private final Div cards = new Div();
  private final Map<Long, AnnouncementCard> shown = new HashMap<>();

  public PinnedAnnouncements(Announcements announcements, AgoraPrincipal reader, Long communityId, LiveListeners live) {
    this.announcements = announcements;
    this.reader = reader;
    this.communityId = communityId;
    addClassName("pinned-announcements");
    setWidthFull();
    cards.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    if (announcements.mayPost(reader, communityId)) {
      Button post = new Button(Texts.t("announcements.post"), VaadinIcon.MEGAPHONE.create(),
          e -> new AnnouncementDialog(announcements, reader, communityId, this::reload).open());
      post.addClassName("post-announcement");
      post.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      add(post);
    }
    add(cards);
    reload();
    LiveUpdates.whileAttached(this, live, this::hear);
  }

  private void hear(UI ui, BusEvent bus) {
    if (BusEvent.ANNOUNCEMENT.equals(bus.kind()) && (communityId == null || Objects.equals(communityId, bus.communityId()))) {
      ui.access(this::reload);
    }
  }

  /**
   * Shows what is current now. A card already on screen stays the same component (a live redraw
   * must not swap the button under a colleague's finger); new ones are drawn, gone ones removed.
   */
  void reload() {
    List<AnnouncementView> current = announcements.current(reader, communityId);
    Set<Long> ids = new HashSet<>();
    current.forEach(a -> ids.add(a.id()));
    shown.entrySet().removeIf(gone -> !ids.contains(gone.getKey()) && remove(gone.getValue()));
    for (int i = 0; i < current.size(); i++) {
      AnnouncementView announcement = current.get(i);
      if (!announcement.seen() && announcement.asked()) {
        announcements.seen(reader, announcement.id());
      }
      AnnouncementCard card = shown.computeIfAbsent(announcement.id(), id -> new AnnouncementCard(announcement,
          actions(announcement)));
      List<Component> order = cards.getChildren().toList();
      if (i >= order.size() || order.get(i) != card) {
        cards.addComponentAtIndex(i, card); // moves a card already shown
      }
    }
    // No setVisible(false) on an empty list: Flow stops updating a hidden element's children, so
    // a confirmed card would stay in the page, hidden. An empty flex box takes no room.
  }

  private boolean remove(AnnouncementCard card) {
    cards.remove(card);
    return true;
  }

  private AnnouncementCard.Actions actions(AnnouncementView announcement) {
    // Its author is not asked; they may still hide their own from their home.
    return AnnouncementCard.Actions.of(announcements, reader, announcement.id(), announcement.mustRead() && announcement.asked(),
        !announcement.mustRead() || !announcement.asked(), this::reload);
  }
}
