package org.agora.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import org.agora.activity.boundary.Notifications;
import org.agora.live.boundary.LiveListeners;
import org.agora.people.boundary.PersonDirectory;
import org.agora.search.boundary.Search;
import org.agora.ui.search.ExpertsView;
import org.agora.ui.search.SearchBox;
import org.agora.ui.search.SearchView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.bookmarks.BookmarksView;
import org.agora.ui.communities.CommunitiesView;
import org.agora.ui.home.HomeView;
import org.agora.ui.admin.DepartmentsView;
import org.agora.ui.admin.UsersView;
import org.agora.ui.insights.InsightsView;
import org.agora.ui.people.PeopleView;

/** The frame around every page: the app bar with the signed-in person, and the navigation drawer. */
public class MainLayout extends AppLayout {

  @Inject
  public MainLayout(CurrentUser currentUser, PersonDirectory directory, Notifications notifications, Search search,
      LiveListeners live) {
    H1 title = new H1("Agora");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
    var me = directory.person(currentUser.required(), currentUser.id());
    Avatar avatar = avatar(me.displayName(), me.avatarUrl());
    Anchor profile = new Anchor("people/" + me.id(), me.displayName());
    profile.getElement().setAttribute("aria-label", getTranslation("layout.myProfile", me.displayName()));
    Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> logout());
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, new SearchBox(search, currentUser),
        new NotificationBell(notifications, currentUser, live), avatar, profile, logout);
    bar.setWidthFull();
    bar.setAlignItems(FlexComponent.Alignment.CENTER);
    bar.expand(title);
    bar.getStyle().set("padding-right", "var(--lumo-space-m)");
    addToNavbar(bar);

    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.people"), PeopleView.class, VaadinIcon.USERS.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.communities"), CommunitiesView.class, VaadinIcon.GROUP.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.bookmarks"), BookmarksView.class, VaadinIcon.BOOKMARK.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.experts"), ExpertsView.class, VaadinIcon.ACADEMY_CAP.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.search"), SearchView.class, VaadinIcon.SEARCH.create()));
    if (currentUser.isAdmin()) {
      nav.addItem(new SideNavItem(getTranslation("nav.insights"), InsightsView.class, VaadinIcon.CHART.create()));
      nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USER_CHECK.create()));
      nav.addItem(new SideNavItem(getTranslation("nav.departments"), DepartmentsView.class, VaadinIcon.SITEMAP.create()));
    }
    nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
    addToDrawer(nav);
    setPrimarySection(Section.DRAWER);
  }

  /** A round avatar: the photo (or the generated initials image) behind a versioned address. */
  public static Avatar avatar(String name, String url) {
    Avatar avatar = new Avatar(name);
    if (url != null) {
      avatar.setImage(url.startsWith("/") ? url.substring(1) : url);
    }
    avatar.addClassName("agora-avatar");
    return avatar;
  }

  private static void logout() {
    VaadinSession.getCurrent().getSession().invalidate();
    UI.getCurrent().getPage().setLocation("login");
  }
}
