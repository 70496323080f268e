package org.agora.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.agora.activity.entity.FeedItem;
import org.agora.platform.boundary.Page;

/**
 * A feed that grows as the reader scrolls: when the "more" button at its end comes into view (an
 * IntersectionObserver clicks it) or is pressed, the next cursor page is added. One page is one
 * call to the feed service, which loads the page's items in a fixed number of queries.
 */
public class FeedList extends VerticalLayout {

  /** Clicks the button whenever it scrolls into view; re-armed after each page so a short page keeps loading. */
  private static final String OBSERVE = """
      const button = this;
      if (!button.$agoraObserver) {
        button.$agoraObserver = new IntersectionObserver(entries => {
          if (entries.some(e => e.isIntersecting) && !button.disabled && !button.hidden) { button.click(); }
        });
      }
      button.$agoraObserver.disconnect();
      button.$agoraObserver.observe(button);
      """;

  /**
   * Cards in the first answer: about a screenful, so the view is drawn at once; the rest follows
   * a page at a time as the "more" button comes into view, which on a tall screen is at once.
   */
  static final int FIRST_PAGE = 6;
  /** Cards per further page. */
  static final int PAGE = 20;

  private final BiFunction<String, Integer, Page<FeedItem>> pages;
  private final FeedActions actions;
  private final String emptyText;
  private final Button more = new Button();
  private String next;
  private int shown;
  private Component notice;

  /** {@code pages} answers up to a number of items after a cursor (null: from the newest). */
  public FeedList(BiFunction<String, Integer, Page<FeedItem>> pages, FeedActions actions, String emptyText) {
    this.pages = pages;
    this.actions = actions;
    this.emptyText = emptyText;
    addClassName("feed-list");
    setPadding(false);
    more.setText(getTranslation("feed.more"));
    more.addClassName("feed-more");
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.setDisableOnClick(true);
    more.addClickListener(e -> loadMore());
    more.setWidthFull();
    getElement().setAttribute("aria-live", "polite");
    reload();
  }

  /** Back to the first page (after posting, or "3 new posts"). */
  public void reload() {
    removeAll();
    next = null;
    shown = 0;
    add(more);
    loadMore();
  }

  private void loadMore() {
    if (notice != null) {
      remove(notice);
      notice = null;
    }
    try {
      Page<FeedItem> page = pages.apply(next, next == null ? FIRST_PAGE : PAGE);
      // The newest comments of the whole page in one query, not one per card.
      Map<Long, List<FeedItem>> latest = actions.latestComments(
          page.items().stream().filter(item -> item.type().isAuthored()).map(FeedItem::id).toList());
      page.items().forEach(item ->
          addComponentAtIndex(shown++, new FeedCard(item, actions, latest.getOrDefault(item.id(), List.of()))));
      next = page.next();
      more.setText(getTranslation("feed.more"));
      more.setVisible(next != null);
      if (shown == 0) {
        notice = FeedCard.empty(emptyText);
      }
    } catch (RuntimeException e) {
      more.setText(getTranslation("feed.retry"));
      more.setVisible(true);
      notice = FeedCard.empty(getTranslation("feed.error"));
    }
    if (notice != null) {
      addComponentAtIndex(shown, notice);
    }
    more.setEnabled(true);
    if (more.isVisible()) {
      more.getElement().executeJs(OBSERVE);
    }
  }
}
