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
import org.agora.ui.layout.ReadableBeforeScripts;

/**
 * A post's own page, {@code /posts/{id}}: the post with its whole thread. The id of a comment
 * opens its post, scrolled to the comment and marked. Notifications, search results and the time
 * on every card link here. Opened by its address (a link in a mail), the post can be read before
 * the app's scripts have run ({@link ReadableBeforeScripts}).
 */
@Route(value = "posts", layout = MainLayout.class)
public class PostView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, ReadableBeforeScripts {

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
      // Scrolls to the linked comment once drawn, and marks it for a moment. On a page load the
      // script runs before the view is drawn: it looks inside the view and waits until it shows.
      getElement().executeJs("""
          const mark = framesLeft => {
            const target = this.querySelector('[id="' + $0 + '"]');
            if (!target || !target.checkVisibility()) {
              if (framesLeft > 0) requestAnimationFrame(() => mark(framesLeft - 1));
              return;
            }
            target.scrollIntoView({block: 'center'});
            target.style.outline = '2px solid var(--lumo-primary-color)';
            target.setAttribute('tabindex', '-1');
            target.focus({preventScroll: true});
          };
          mark(300);""", CommentView.anchorOf(id));
    }
  }

  @Override
  public String getPageTitle() {
    return title + " · Agora";
  }
}
