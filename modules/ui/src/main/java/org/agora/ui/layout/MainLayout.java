package org.agora.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import org.agora.activity.boundary.Notifications;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.live.boundary.LiveListeners;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.boundary.ProfileUpdate;
import org.agora.people.boundary.Profiles;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.boundary.Search;
import org.agora.ui.admin.DepartmentsView;
import org.agora.ui.admin.UsersView;
import org.agora.ui.bookmarks.BookmarksView;
import org.agora.ui.communities.CommunitiesView;
import org.agora.ui.home.HomeView;
import org.agora.ui.insights.InsightsView;
import org.agora.ui.moderation.ModerationView;
import org.agora.ui.people.PeopleView;
import org.agora.ui.search.ExpertsView;
import org.agora.ui.search.SearchBox;
import org.agora.ui.search.SearchView;

/** The frame around every page: the app bar with the signed-in person, and the navigation drawer. */
public class MainLayout extends AppLayout {

  private final Profiles profiles;
  private final CurrentUser currentUser;

  @Inject
  public MainLayout(CurrentUser currentUser, PersonDirectory directory, Notifications notifications, NotificationExcerpts excerpts,
      Search search, LiveListeners live, CommunityAccess access, Profiles profiles) {
    this.profiles = profiles;
    this.currentUser = currentUser;
    H1 title = new H1("Agora");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
    var me = directory.person(currentUser.required(), currentUser.id());
    Avatar avatar = avatar(me.displayName(), me.avatarUrl());
    Anchor profile = new Anchor("people/" + me.id(), me.displayName());
    profile.getElement().setAttribute("aria-label", getTranslation("layout.myProfile", me.displayName()));
    Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> logout());
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Anchor myData = new Anchor("me/data", getTranslation("privacy.title"));
    myData.addClassName("my-data-link");
    HorizontalLayout person = new HorizontalLayout(avatar, profile, myData, logout);
    person.addClassName("bar-person");
    person.setAlignItems(FlexComponent.Alignment.CENTER);
    Anchor skip = new Anchor("#main-content", getTranslation("layout.skip"));
    skip.addClassName("skip-link");
    skip.getElement().setAttribute("router-ignore", true);
    // Moves the keyboard focus into the page itself, past the app bar and the navigation.
    skip.getElement().executeJs("""
        this.addEventListener('click', e => {
          e.preventDefault();
          const main = document.getElementById('main-content');
          if (main) { main.focus(); main.scrollIntoView(); }
        });""");
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("layout.toggleNav"));
    HorizontalLayout bar = new HorizontalLayout(skip, toggle, title, new SearchBox(search, currentUser),
        new NotificationBell(notifications, excerpts, currentUser, live), person);
    bar.addClassName("agora-bar");
    bar.setWidthFull();
    bar.setAlignItems(FlexComponent.Alignment.CENTER);
    bar.expand(title);
    bar.getStyle().set("padding-right", "var(--lumo-space-m)");
    addToNavbar(bar);

    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.people"), PeopleView.class, VaadinIcon.USERS.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.communities"), CommunitiesView.class, VaadinIcon.GROUP.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.events"), org.agora.ui.events.EventsView.class, VaadinIcon.CALENDAR.create()));
    nav.addItem(new SideNavItem(getTranslation("surveys.nav"), org.agora.ui.surveys.SurveysView.class,
        VaadinIcon.CLIPBOARD_CHECK.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.bookmarks"), BookmarksView.class, VaadinIcon.BOOKMARK.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.experts"), ExpertsView.class, VaadinIcon.ACADEMY_CAP.create()));
    nav.addItem(new SideNavItem(getTranslation("nav.search"), SearchView.class, VaadinIcon.SEARCH.create()));
    if (ModerationView.mayModerate(currentUser.required(), access)) {
      nav.addItem(new SideNavItem(getTranslation("nav.moderation"), ModerationView.class, VaadinIcon.FLAG.create()));
    }
    if (currentUser.isAdmin()) {
      nav.addItem(new SideNavItem(getTranslation("nav.insights"), InsightsView.class, VaadinIcon.CHART.create()));
      nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USER_CHECK.create()));
      nav.addItem(new SideNavItem(getTranslation("nav.departments"), DepartmentsView.class, VaadinIcon.SITEMAP.create()));
      nav.addItem(new SideNavItem(getTranslation("nav.onboarding"), org.agora.ui.onboarding.OnboardingAdminView.class,
          VaadinIcon.HANDSHAKE.create()));
    }
    nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
    addToDrawer(nav, drawerPerson(me.id(), me.displayName(), me.avatarUrl()));
    setPrimarySection(Section.DRAWER);
  }

  /**
   * Every page's own content is the main landmark, and the skip link's target: it can take the
   * focus (tabindex -1) without becoming a Tab stop.
   */
  @Override
  public void showRouterLayoutContent(HasElement content) {
    super.showRouterLayoutContent(content);
    if (content != null) {
      content.getElement().setAttribute("role", "main");
      content.getElement().setAttribute("id", "main-content");
      content.getElement().setAttribute("tabindex", "-1");
    }
  }

  /**
   * Me in the drawer: my profile, all notifications, the app's language and Log out. On a phone the
   * app bar has no room for them, so the stylesheet shows them here instead of there.
   */
  private Component drawerPerson(long id, String name, String avatarUrl) {
    Anchor profile = new Anchor("people/" + id, name);
    profile.getElement().setAttribute("aria-label", getTranslation("layout.myProfile", name));
    Anchor notifications = new Anchor("notifications", getTranslation("bell.all"));
    Anchor myData = new Anchor("me/data", getTranslation("privacy.title"));
    Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> logout());
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    VerticalLayout person = new VerticalLayout(new HorizontalLayout(avatar(name, avatarUrl), profile), notifications,
        myData, language(id), logout);
    person.addClassName("drawer-person");
    return person;
  }

  /** The app's language, kept on my profile: a change applies at once (the page is drawn again). */
  private Select<String> language(long id) {
    Select<String> language = new Select<>();
    language.addClassName("drawer-language");
    language.setLabel(getTranslation("profile.field.language"));
    language.setItems("", "en", "de");
    language.setItemLabelGenerator(l -> getTranslation(l.isEmpty() ? "profile.language.browser" : "profile.language." + l));
    Object chosen = VaadinSession.getCurrent().getAttribute(UiLanguage.CHOSEN);
    language.setValue(chosen instanceof String tag ? tag : "");
    language.addValueChangeListener(e -> {
      if (e.isFromClient() && e.getValue() != null) {
        ProfileUpdate change = new ProfileUpdate();
        change.uiLanguage = e.getValue();
        profiles.update(currentUser.required(), id, change);
        UiLanguage.changed(UI.getCurrent(), e.getValue());
      }
    });
    return language;
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
