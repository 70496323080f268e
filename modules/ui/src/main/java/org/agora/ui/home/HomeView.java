package org.agora.ui.home;

import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.live.boundary.LiveListeners;
import org.agora.live.entity.BusEvent;
import org.agora.ui.layout.LiveUpdates;
import org.agora.platform.entity.AgoraPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.boundary.PostRequest;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.FeedFilter;
import org.agora.activity.entity.FeedItem;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.layout.MainLayout;

/** Home: a composer and the home feed (people, communities and tags I follow). */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Agora")
public class HomeView extends VerticalLayout {

  private final Feeds feeds;
  private final Posts posts;
  private final CurrentUser currentUser;
  private final FeedActions actions;
  private final VerticalLayout stream = new VerticalLayout();
  private final TextArea composer = new TextArea();
  private final LiveListeners live;
  private final AgoraPrincipal reader;
  private final Button newPosts = new Button();
  private final Set<Long> arrived = ConcurrentHashMap.newKeySet();

  @Inject
  public HomeView(Feeds feeds, Posts posts, CurrentUser currentUser, FeedActions actions, LiveListeners live) {
    this.actions = actions;
    this.live = live;
    this.reader = currentUser.required();
    this.feeds = feeds;
    this.posts = posts;
    this.currentUser = currentUser;
    setMaxWidth("760px");
    composer.setLabel(getTranslation("home.composer.label"));
    composer.setPlaceholder(getTranslation("home.composer.placeholder"));
    composer.setMaxLength(PostRequest.MAX_TEXT);
    composer.setWidthFull();
    Button post = new Button(getTranslation("home.post"), e -> post());
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    stream.setPadding(false);
    newPosts.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
    newPosts.addClassName("new-posts");
    newPosts.setVisible(false);
    newPosts.addClickListener(e -> refresh());
    add(new H2(getTranslation("home.title")), composer, post, newPosts, stream);
    refresh();
    LiveUpdates.whileAttached(this, live, this::announceIfMine);
  }

  /**
   * While the view is open, new posts in this person's home feed are announced by Vaadin Push as
   * "3 new posts" rather than pushed into the list, so nothing jumps while they read.
   */
  private void announceIfMine(UI ui, BusEvent bus) {
    if (!BusEvent.ACTIVITY.equals(bus.kind()) || !"created".equals(bus.change()) || bus.parentId() != null
        || bus.activityId() == null || bus.actorId() == null || bus.actorId() == reader.id()) {
      return;
    }
    // The stored home timeline says whether it belongs to this reader (and they may see it).
    boolean mine = feeds.home(reader, FeedFilter.ALL, PageRequest.of(20, null)).items().stream()
        .anyMatch(item -> item.id() == bus.activityId());
    if (mine && arrived.add(bus.activityId())) {
      ui.access(this::showNewPosts);
    }
  }

  private void showNewPosts() {
    newPosts.setText(arrived.size() == 1 ? "1 new post" : arrived.size() + " new posts");
    newPosts.setVisible(true);
  }

  private void post() {
    try {
      posts.post(currentUser.required(), composer.getValue(), null, false);
      composer.clear();
      refresh();
    } catch (WebApplicationException e) {
      Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private void refresh() {
    arrived.clear();
    newPosts.setVisible(false);
    stream.removeAll();
    try {
      Page<FeedItem> page = feeds.home(currentUser.required(), FeedFilter.ALL, PageRequest.of(20, null));
      if (page.items().isEmpty()) {
        stream.add(FeedCard.empty(getTranslation("home.empty")));
      }
      page.items().forEach(item -> stream.add(new FeedCard(item, actions)));
    } catch (RuntimeException e) {
      stream.add(FeedCard.empty(getTranslation("home.error")));
    }
  }
}
