package org.agora.ui.layout;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The frame around every signed-in view: the app bar, the navigation drawer and the user's corner.
 */
@CdiComponent
public class MainLayout extends AppLayout {

  @Inject
  MainLayout(CurrentUser currentUser, PersonDirectory directory) {
    Span brand = new Span("Agora");
    brand.addClassNames(
        LumoUtility.FontSize.XLARGE,
        LumoUtility.FontWeight.SEMIBOLD,
        LumoUtility.TextColor.PRIMARY);

    // Paths, not view classes: the features depend on this layout, never the other way round.
    SideNav nav = new SideNav();
    nav.addClassNames(LumoUtility.Padding.SMALL);
    nav.addItem(
        new SideNavItem("Home", "", VaadinIcon.HOME.create()),
        new SideNavItem("People", "people", VaadinIcon.USERS.create()));

    AgoraPrincipal me = currentUser.required();
    String name = displayName(me, directory);
    Avatar avatar = new Avatar(name);
    Span who = new Span(name);
    who.addClassNames(LumoUtility.FontWeight.MEDIUM);
    Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> logout());
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    VerticalLayout userCorner =
        new VerticalLayout(new HorizontalLayout(Alignment.CENTER, avatar, who), logout);
    userCorner.setSpacing(false);
    userCorner.addClassNames(LumoUtility.Border.TOP, LumoUtility.BorderColor.CONTRAST_10);

    addToNavbar(new DrawerToggle(), brand);
    VerticalLayout drawer = new VerticalLayout(new Scroller(nav), userCorner);
    drawer.setSizeFull();
    drawer.setPadding(false);
    drawer.setFlexGrow(1, drawer.getComponentAt(0));
    addToDrawer(drawer);
  }

  private static String displayName(AgoraPrincipal me, PersonDirectory directory) {
    try {
      return directory.person(me.id()).displayName();
    } catch (RuntimeException e) {
      // The frame must still render if the profile cannot be read; the username will do.
      return me.username();
    }
  }

  private static void logout() {
    String loginPage = VaadinRequest.getCurrent().getContextPath() + "/login";
    UI.getCurrent().getPage().setLocation(loginPage);
    // The principal lives only in the HTTP session, so ending the session signs the user out.
    VaadinSession.getCurrent().getSession().invalidate();
  }
}
