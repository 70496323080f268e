package org.agora.ui.bookmarks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.bookmarks.boundary.BookmarkFiles;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.bookmarks.entity.LinkStatus;
import org.agora.bookmarks.entity.PopularLink;
import org.agora.bookmarks.entity.TagCount;
import org.agora.communities.boundary.Communities;
import org.agora.communities.entity.CommunityView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.ExternalLink;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Phones;
import org.agora.ui.layout.Texts;

/**
 * Social bookmarks: mine, everything I may see, popular links, by tag, with a tag cloud; add and
 * edit in a dialog; import and export browser files; the bookmarklet. {@code ?url=&title=} opens
 * the save dialog prefilled (that is what the bookmarklet calls), {@code ?tag=} filters.
 */
@Route(value = "bookmarks", layout = MainLayout.class)
public class BookmarksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final int SHOWN = 200;

  private final Bookmarks bookmarks;
  private final BookmarkFiles files;
  private final Communities communities;
  private final CurrentUser currentUser;
  private final Tab mine = new Tab(Texts.t("bookmarks.tab.mine"));
  private final Tab everyone = new Tab(Texts.t("bookmarks.tab.everyone"));
  private final Tab popular = new Tab(Texts.t("bookmarks.tab.popular"));
  private final Tabs tabs = new Tabs(mine, everyone, popular);
  private final Grid<BookmarkView> grid = new Grid<>();
  private final Grid<PopularLink> popularGrid = new Grid<>();
  private final Span tagFilter = new Span();
  private final FlexLayout cloud = new FlexLayout();
  private final Paragraph empty = new Paragraph();
  private String tag;
  private Map<String, List<BookmarkView>> saversOf = Map.of();

  @Inject
  public BookmarksView(Bookmarks bookmarks, BookmarkFiles files, Communities communities, CurrentUser currentUser) {
    this.bookmarks = bookmarks;
    this.files = files;
    this.communities = communities;
    this.currentUser = currentUser;
    setSizeFull();

    Button add = new Button(getTranslation("bookmarks.add"), VaadinIcon.PLUS.create(), e -> openDialog(null, Map.of()));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.bookmarks")), add, importButton(), exportLink());
    header.setAlignItems(Alignment.BASELINE);
    header.getStyle().set("flex-wrap", "wrap");

    grid.addComponentColumn(this::titleCell).setHeader(getTranslation("bookmarks.column.link")).setFlexGrow(3);
    grid.addColumn(b -> String.join(", ", b.tags())).setHeader(getTranslation("bookmarks.column.tags")).setFlexGrow(1);
    grid.addColumn(this::savedBy).setHeader(getTranslation("bookmarks.column.savedBy")).setAutoWidth(true);
    grid.addColumn(BookmarkView::savedBy).setHeader(getTranslation("bookmarks.column.savers")).setAutoWidth(true);
    grid.addColumn(b -> BookmarkDialog.describe(b.visibility())).setHeader(getTranslation("bookmarks.column.visibleTo")).setAutoWidth(true);
    grid.setAriaLabel(getTranslation("nav.bookmarks"));
    grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    grid.setHeight("60vh");
    Phones.cardsOnPhones(grid, getTranslation("bookmarks.column.link"), b -> {
      var card = Phones.card(titleCell(b), String.join(", ", b.tags()), savedBy(b));
      card.add(actions(b));
      return card;
    });
    popularGrid.addComponentColumn(l -> {
      Anchor link = ExternalLink.to(l.url(), l.title());
      return link;
    }).setHeader(getTranslation("bookmarks.column.link")).setFlexGrow(3);
    popularGrid.addColumn(PopularLink::saves).setHeader(getTranslation("bookmarks.column.savers")).setAutoWidth(true);
    popularGrid.setAriaLabel(getTranslation("bookmarks.tab.popular"));
    popularGrid.addComponentColumn(l -> {
      Button save = new Button(VaadinIcon.BOOKMARK.create(), e -> openDialog(null, Map.of("url", l.url(), "title", l.title())));
      save.getElement().setAttribute("aria-label", getTranslation("bookmarks.saveToo"));
      save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      return save;
    }).setAutoWidth(true).setFlexGrow(0);
    popularGrid.setHeight("60vh");
    Phones.cardsOnPhones(popularGrid, getTranslation("bookmarks.column.link"), l -> Phones.card(
        ExternalLink.to(l.url(), l.title()), getTranslation("bookmarks.column.savers") + ": " + l.saves()));
    popularGrid.setVisible(false);
    tabs.addSelectedChangeListener(e -> refresh());
    cloud.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    cloud.getStyle().set("gap", "var(--lumo-space-s)");
    empty.setVisible(false);
    empty.getElement().setAttribute("role", "status");

    HorizontalLayout body = new HorizontalLayout();
    body.setWidthFull();
    body.getStyle().set("flex-wrap", "wrap");
    VerticalLayout list = new VerticalLayout(tabs, tagFilter, grid, popularGrid, empty);
    list.setPadding(false);
    VerticalLayout side = new VerticalLayout(new H3(getTranslation("bookmarks.column.tags")), cloud, bookmarkletHelp());
    side.setPadding(false);
    side.setWidth("min(280px, 100%)");
    body.add(list, side);
    body.setFlexGrow(1, list);
    add(header, body);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.bookmarks") + " · Agora";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
    tag = first(parameters, "tag");
    refresh();
    if (first(parameters, "url") != null) {
      openDialog(null, Map.of("url", first(parameters, "url"), "title", orEmpty(first(parameters, "title")),
          "description", orEmpty(first(parameters, "description"))));
    }
  }

  private void refresh() {
    tagFilter.setText(tag == null ? "" : getTranslation("bookmarks.tagged", tag) + " ");
    tagFilter.removeAll();
    if (tag != null) {
      tagFilter.add(new Anchor("bookmarks", getTranslation("bookmarks.showAll")));
    }
    try {
      List<BookmarkView> items = load();
      grid.setItems(items);
      boolean nothing = tabs.getSelectedTab() == popular
          ? popularGrid.getGenericDataView().getItems().findAny().isEmpty() : items.isEmpty();
      empty.setVisible(nothing);
      empty.setText(tabs.getSelectedTab() != mine ? getTranslation("bookmarks.none")
          : tag == null ? getTranslation("bookmarks.noneMine") : getTranslation("bookmarks.noneMineTagged", tag));
      showCloud(bookmarks.tagCloud(currentUser.required(), tabs.getSelectedTab() == mine));
    } catch (RuntimeException e) {
      grid.setItems(List.of());
      empty.setVisible(true);
      empty.setText(getTranslation("bookmarks.error"));
    }
  }

  private List<BookmarkView> load() {
    boolean showPopular = tabs.getSelectedTab() == popular;
    popularGrid.setVisible(showPopular);
    grid.setVisible(!showPopular);
    if (showPopular) {
      List<PopularLink> links = bookmarks.popular(currentUser.required(), 30, tag);
      popularGrid.setItems(links);
      return List.of();
    }
    Long owner = tabs.getSelectedTab() == mine ? currentUser.id() : null;
    List<BookmarkView> items = bookmarks.list(currentUser.required(), new Bookmarks.Filter(tag, owner, null),
        PageRequest.of(PageRequest.MAX_LIMIT, null)).items();
    return owner == null ? onePerLink(items) : items;
  }

  /** Everyone's: one row per link (the newest save), with all who saved it in "Saved by". */
  private List<BookmarkView> onePerLink(List<BookmarkView> items) {
    Map<String, List<BookmarkView>> byLink = new LinkedHashMap<>();
    items.forEach(b -> byLink.computeIfAbsent(b.url(), url -> new ArrayList<>()).add(b));
    saversOf = byLink;
    return byLink.values().stream().map(saves -> saves.get(0)).toList();
  }

  /** "Anna Berg, Ben Ito and 3 others" for everyone's view; the owner in my own. */
  private String savedBy(BookmarkView b) {
    List<BookmarkView> saves = tabs.getSelectedTab() == mine ? null : saversOf.get(b.url());
    if (saves == null || saves.size() == 1) {
      return b.owner().displayName();
    }
    String first = saves.stream().limit(2).map(x -> x.owner().displayName()).collect(Collectors.joining(", "));
    return saves.size() <= 2 ? first : getTranslation("bookmarks.andOthers", first, saves.size() - 2);
  }

  private void showCloud(List<TagCount> tags) {
    cloud.removeAll();
    long max = tags.stream().mapToLong(TagCount::count).max().orElse(1);
    for (TagCount t : tags.subList(0, Math.min(40, tags.size()))) {
      Anchor link = new Anchor("bookmarks?tag=" + t.tag(), t.tag());
      // Weight by use: from 0.8 to 1.6 times the normal size.
      link.getStyle().set("font-size", String.format("calc(var(--lumo-font-size-s) * %.2f)", 0.8 + 0.8 * t.count() / max));
      link.getElement().setAttribute("title", getTranslation("bookmarks.tagCount", t.count()));
      cloud.add(link);
    }
    if (tags.isEmpty()) {
      cloud.add(new Span(getTranslation("bookmarks.noTags")));
    }
  }

  private Component titleCell(BookmarkView b) {
    Anchor link = ExternalLink.to(b.url(), b.title());
    Div cell = new Div(link);
    if (b.linkStatus() == LinkStatus.BROKEN) {
      Span broken = new Span(" · " + getTranslation("bookmarks.broken"));
      broken.getStyle().set("color", "var(--lumo-error-text-color)");
      cell.add(broken);
    }
    Span host = new Span(b.host());
    host.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
    Anchor details = new Anchor("bookmarks/" + b.id(), getTranslation("bookmark.details"));
    details.addClassName("bookmark-details");
    details.getElement().setAttribute("aria-label", getTranslation("bookmark.details") + ": " + b.title());
    host.add(new Span(" · "), details);
    cell.add(host);
    return cell;
  }

  private Component actions(BookmarkView b) {
    if (b.owner().id() != currentUser.id()) {
      Button save = new Button(VaadinIcon.BOOKMARK.create(), e -> openDialog(null, Map.of("url", b.url(), "title", b.title())));
      save.getElement().setAttribute("aria-label", getTranslation("bookmarks.saveToo"));
      save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      return save;
    }
    Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(b, Map.of()));
    edit.getElement().setAttribute("aria-label", getTranslation("bookmarks.edit"));
    Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
      bookmarks.delete(currentUser.required(), b.id());
      refresh();
    });
    delete.getElement().setAttribute("aria-label", getTranslation("bookmarks.delete"));
    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(edit, delete);
  }

  private void openDialog(BookmarkView existing, Map<String, String> prefill) {
    List<CommunityView> myCommunities = communities.list(currentUser.required(),
        new Communities.Filter(null, null, null, true), PageRequest.of(PageRequest.MAX_LIMIT, null)).items();
    BookmarkDialog dialog = new BookmarkDialog(getTranslation(existing == null ? "bookmarks.saveLink" : "bookmarks.edit"), myCommunities,
        request -> {
          if (existing == null) {
            bookmarks.save(currentUser.required(), request);
          } else {
            bookmarks.update(currentUser.required(), existing.id(), request);
          }
        },
        () -> {
          Notification.show(getTranslation("bookmarks.saved"), 3000, Notification.Position.BOTTOM_START);
          tabs.setSelectedTab(mine);
          refresh();
        });
    if (existing != null) {
      dialog.fill(existing);
      myCommunities.stream().filter(c -> existing.communityId() != null && c.id() == existing.communityId())
          .findFirst().ifPresent(dialog.community::setValue);
    }
    dialog.url.setValue(prefill.getOrDefault("url", dialog.url.getValue()));
    dialog.title.setValue(prefill.getOrDefault("title", dialog.title.getValue()));
    dialog.description.setValue(prefill.getOrDefault("description", dialog.description.getValue()));
    dialog.open();
  }

  private Component importButton() {
    MemoryBuffer buffer = new MemoryBuffer();
    Upload upload = new Upload(buffer);
    upload.setAcceptedFileTypes("text/html", ".html", ".htm");
    upload.setMaxFileSize(BookmarkFiles.MAX_BYTES);
    upload.setDropAllowed(false);
    upload.setUploadButton(new Button(getTranslation("bookmarks.import"), VaadinIcon.UPLOAD.create()));
    upload.addSucceededListener(e -> {
      try {
        String html = new String(buffer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        BookmarkFiles.ImportReport report = files.importFile(currentUser.required(), html);
        Notification.show(getTranslation("bookmarks.imported", report.added(), report.updated(), report.skipped().size()),
            6000, Notification.Position.MIDDLE);
        upload.clearFileList();
        tabs.setSelectedTab(mine);
        refresh();
      } catch (WebApplicationException | Refusal | IOException problem) {
        Notification.show(getTranslation("bookmarks.importFailed", problem instanceof RuntimeException refused
            ? org.agora.ui.layout.Refusals.explain(refused) : getTranslation("error.unexpected")), 8000, Notification.Position.MIDDLE)
            .addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    upload.addFileRejectedListener(e -> Notification.show(getTranslation("bookmarks.importFailed", e.getErrorMessage()), 8000,
        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
    return upload;
  }

  private Component exportLink() {
    Anchor export = new Anchor("api/v1/bookmarks/export", getTranslation("bookmarks.export"));
    export.getElement().setAttribute("download", "agora-bookmarks.html");
    export.getElement().setAttribute("router-ignore", true);
    return export;
  }

  /** The bookmarklet opens this page's save dialog prefilled with the page the person is on. */
  private Component bookmarkletHelp() {
    Anchor bookmarklet = new Anchor();
    bookmarklet.setText(getTranslation("bookmarks.bookmarklet"));
    bookmarklet.getElement().setAttribute("class", "bookmarklet");
    bookmarklet.getElement().executeJs(
        "const target = new URL('bookmarks', document.baseURI).href;"
            + "this.href = \"javascript:(function(){window.open('\" + target + \"?url='+encodeURIComponent(location.href)"
            + "+'&title='+encodeURIComponent(document.title)+'&description='+encodeURIComponent(String(getSelection()))"
            + ",'agora-save','width=720,height=640');})()\";");
    Paragraph help = new Paragraph(getTranslation("bookmarks.bookmarklet.help") + " ");
    help.add(bookmarklet);
    return help;
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
