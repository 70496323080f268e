package org.agora.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.layout.Texts;

/**
 * What the admin views share: only admins see them (the services check again on every change),
 * and a refused change becomes a readable message.
 */
public final class AdminGuard {

  private AdminGuard() {}

  /** Shows "for admins only" in place of the view for anyone else; answers whether to go on. */
  public static boolean admitted(CurrentUser currentUser, VerticalLayout view, String titleKey) {
    if (currentUser.isAdmin()) {
      return true;
    }
    view.removeAll();
    view.add(new H2(Texts.t(titleKey)), new Paragraph(Texts.t("admin.only")));
    return false;
  }
}
