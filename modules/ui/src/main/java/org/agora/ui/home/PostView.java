package org.agora.ui.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.agora.activity.boundary.Feeds;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.MainLayout;

/**
 * A post's own page, {@code /posts/{id}}: the post with its whole thread. The id of a comment
 * opens its post, scrolled to the comment and marked. Notifications, search results and the time
 * on every card link here.
 */
@Route(value = "posts", layout = MainLayout.class)
public class PostView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

  private final FeedActions actions;
  private String title;

  @Inject
  public PostView(FeedActions actions) {
    this.actions = actions;
    addClassName("post-view");
    setMaxWidth("760px");
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    removeAll();
    Feeds.Thread thread;
    try {
      thread = id == null ? null : actions.thread(id);
    } catch (WebApplicationException | Refusal | IllegalArgumentException gone) {
      thread = null;
    }
    if (thread == null) {
      title = getTranslation("post.gone");
      add(new H2(getTranslation("post.gone")), new Anchor("", getTranslation("post.back")));
      return;
    }
    title = getTranslation("post.title", thread.post().actor().displayName());
    H2 heading = new H2(title);
    heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
    FeedCard card = new FeedCard(thread.post(), actions, null);
    add(heading, card);
    if (id != thread.post().id()) {
      card.revealComment(id);
      // Scrolls to the linked comment once drawn, and marks it for a moment.
      getElement().executeJs("""
          const target = document.getElementById($0);
          if (target) {
            target.scrollIntoView({block: 'center'});
            target.style.outline = '2px solid var(--lumo-primary-color)';
            target.setAttribute('tabindex', '-1');
            target.focus({preventScroll: true});
          }""", CommentView.anchorOf(id));
    }
  }

  @Override
  public String getPageTitle() {
    return title + " · Agora";
  }
}
