package org.agora.ui.bookmarks;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.ExternalLink;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Times;

/**
 * A bookmark's own page, {@code /bookmarks/{id}}: the link, what its saver wrote about it, its tags
 * and who else saved the same link (as far as the reader may see their bookmarks).
 */
@Route(value = "bookmarks", layout = MainLayout.class)
public class BookmarkPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

  private final Bookmarks bookmarks;
  private final CurrentUser currentUser;
  private String title = "";

  @Inject
  public BookmarkPage(Bookmarks bookmarks, CurrentUser currentUser) {
    this.bookmarks = bookmarks;
    this.currentUser = currentUser;
    addClassName("bookmark-page");
    setMaxWidth("760px");
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    removeAll();
    BookmarkView bookmark;
    try {
      bookmark = bookmarks.get(currentUser.required(), id);
    } catch (WebApplicationException | Refusal gone) {
      title = getTranslation("bookmark.gone");
      add(new H2(title), new Anchor("bookmarks", getTranslation("nav.bookmarks")));
      return;
    }
    title = bookmark.title();
    H2 heading = new H2(ExternalLink.to(bookmark.url(), bookmark.title()));
    Span facts = new Span(bookmark.host() + " · " + BookmarkDialog.describe(bookmark.visibility()) + " · "
        + getTranslation("bookmark.savedBy", bookmark.owner().displayName(), Times.relative(bookmark.createdAt(), getLocale())));
    facts.getStyle().set("color", "var(--lumo-secondary-text-color)");
    add(heading, facts);
    if (bookmark.description() != null && !bookmark.description().isBlank()) {
      add(new Paragraph(bookmark.description()));
    }
    if (!bookmark.tags().isEmpty()) {
      Paragraph tags = new Paragraph();
      bookmark.tags().forEach(tag -> {
        Anchor link = new Anchor("bookmarks?tag=" + tag, "#" + tag);
        link.getStyle().set("margin-right", "var(--lumo-space-s)");
        tags.add(link);
      });
      add(tags);
    }
    List<BookmarkView> others = bookmarks.savers(currentUser.required(), id);
    add(new H3(getTranslation("bookmark.alsoSaved", others.size())));
    UnorderedList savers = new UnorderedList();
    savers.addClassName("bookmark-savers");
    others.forEach(other -> savers.add(new ListItem(new Anchor("people/" + other.owner().id(), other.owner().displayName()))));
    add(savers);
  }

  @Override
  public String getPageTitle() {
    return title + " · Agora";
  }
}
