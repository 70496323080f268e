package org.agora.ui.announcements;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import org.agora.announcements.boundary.Announcements;
import org.agora.announcements.entity.AnnouncementView;
import org.agora.announcements.entity.DepartmentReach;
import org.agora.announcements.entity.Reach;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Texts;

/**
 * {@code /announcements/{id}}: the announcement itself (with its buttons for its audience), and for
 * its author and admins its reach: "1 of 2 confirmed", who has seen it, the departments' table
 * (small ones merged), and the list of who has not confirmed where the organisation allows it.
 */
@Route(value = "announcements/:id([0-9]+)", layout = MainLayout.class)
@RouteAlias(value = "announcements/post/:post([0-9]+)", layout = MainLayout.class)
class AnnouncementPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final Announcements announcements;
  private final AgoraPrincipal reader;
  private long id;
  /** The post, when the page was opened by it ({@code /announcements/post/{activityId}}, a reminder's link). */
  private Long post;

  @Inject
  public AnnouncementPage(Announcements announcements, CurrentUser currentUser) {
    this.announcements = announcements;
    this.reader = currentUser.required();
    addClassName("announcement-page");
    setMaxWidth("760px");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    id = event.getRouteParameters().getLong("id").orElse(0L);
    post = event.getRouteParameters().getLong("post").orElse(null);
    show();
  }

  private void show() {
    removeAll();
    AnnouncementView announcement;
    try {
      announcement = post != null ? announcements.ofPost(reader, post) : announcements.get(reader, id);
      id = announcement.id();
    } catch (Refusal notYours) {
      add(new H2(Texts.t("announcements.notFound")), new Anchor("", Texts.t("home.title")));
      return;
    }
    add(new H2(getPageTitleText()), new AnnouncementCard(announcement, actions(announcement)));
    if (announcement.mayReach()) {
      add(reach(announcements.reach(reader, id)));
    }
  }

  private AnnouncementCard.Actions actions(AnnouncementView announcement) {
    boolean open = announcement.asked() && !announcement.confirmed() && !announcement.dismissed();
    return AnnouncementCard.Actions.of(announcements, reader, id, open && announcement.mustRead(),
        open && !announcement.mustRead(), this::show);
  }

  private Div reach(Reach reach) {
    Div shown = new Div(new H3(Texts.t("announcements.reach")));
    shown.addClassName("announcement-reach");
    shown.setWidthFull();
    Paragraph confirmed = new Paragraph(Texts.t("announcements.confirmedOf", reach.confirmed(), reach.audience()));
    confirmed.addClassName("reach-confirmed");
    confirmed.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
    Paragraph seen = new Paragraph(Texts.t("announcements.seenOf", reach.seen(), reach.audience()));
    seen.addClassName("reach-seen");
    shown.add(confirmed, seen);
    if (!reach.byDepartment().isEmpty()) {
      shown.add(byDepartment(reach));
    }
    if (reach.namedReach()) {
      Anchor csv = new Anchor("api/v1/announcements/" + id + "/reach/unconfirmed.csv", Texts.t("announcements.unconfirmedCsv"));
      csv.addClassName("reach-csv");
      csv.getElement().setAttribute("router-ignore", true);
      csv.getElement().setAttribute("download", "announcement-" + id + "-unconfirmed.csv");
      shown.add(csv);
    }
    return shown;
  }

  private Div byDepartment(Reach reach) {
    NativeTable table = new NativeTable();
    table.addClassName("reach-by-department");
    table.setCaptionText(Texts.t("announcements.byDepartment"));
    table.getCaption().getStyle().set("text-align", "start").set("font-weight", "600")
        .set("padding", "var(--lumo-space-xs) 0");
    table.getStyle().set("width", "100%").set("border-collapse", "collapse");
    NativeTableRow head = table.getHead().addRow();
    for (String key : new String[] {"announcements.col.department", "announcements.col.audience",
        "announcements.col.seen", "announcements.col.confirmed"}) {
      NativeTableHeaderCell header = head.addHeaderCell();
      header.setText(Texts.t(key));
      header.getElement().setAttribute("scope", "col");
      header.getStyle().set("text-align", "start").set("padding", "var(--lumo-space-xs)")
          .set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
    }
    for (DepartmentReach d : reach.byDepartment()) {
      NativeTableRow row = table.getBody().addRow();
      NativeTableHeaderCell name = new NativeTableHeaderCell(DepartmentReach.OTHER.equals(d.department())
          ? Texts.t("announcements.otherDepartments") : d.department());
      name.getElement().setAttribute("scope", "row");
      name.getStyle().set("text-align", "start").set("font-weight", "normal").set("padding", "var(--lumo-space-xs)")
          .set("overflow-wrap", "anywhere");
      row.add(name, number(d.audience()), number(d.seen()), number(d.confirmed()));
    }
    Div scrolling = new Div(table);
    scrolling.getStyle().set("overflow-x", "auto").set("max-width", "100%");
    return scrolling;
  }

  private static NativeTableCell number(long value) {
    NativeTableCell cell = new NativeTableCell(String.valueOf(value));
    cell.getStyle().set("padding", "var(--lumo-space-xs)").set("font-variant-numeric", "tabular-nums");
    return cell;
  }

  private String getPageTitleText() {
    return Texts.t("announcements.title");
  }

  @Override
  public String getPageTitle() {
    return getPageTitleText() + " · Agora";
  }
}
