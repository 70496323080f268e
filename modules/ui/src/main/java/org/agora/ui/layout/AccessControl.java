package org.agora.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.agora.platform.boundary.LoginContinuation;
import org.agora.ui.login.LoginView;

/**
 * Sends anyone who is not logged in to the login page, whatever URL they asked for; logged-in
 * people asking for the login page go home. Sign-in itself is the container's form login.
 */
@ApplicationScoped
public class AccessControl {

  void install(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(AccessControl::check));
  }

  static void check(BeforeEnterEvent event) {
    boolean loggedIn = VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getUserPrincipal() != null;
    boolean toLogin = LoginView.class.equals(event.getNavigationTarget());
    if (!loggedIn && !toLogin) {
      // Back to the page asked for after logging in (the bookmarklet's prefilled dialog, say).
      VaadinSession.getCurrent().getSession()
          .setAttribute(LoginContinuation.SESSION_ATTRIBUTE, "/" + event.getLocation().getPathWithQueryParameters());
      event.forwardTo(LoginView.class);
    } else if (loggedIn && toLogin) {
      event.forwardTo("");
    }
  }
}
