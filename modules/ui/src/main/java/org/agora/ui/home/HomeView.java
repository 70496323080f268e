package org.agora.ui.home;

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

  @Inject
  public HomeView(Feeds feeds, Posts posts, CurrentUser currentUser, FeedActions actions) {
    this.actions = actions;
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
    add(new H2(getTranslation("home.title")), composer, post, stream);
    refresh();
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
