package org.agora.ui.login;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps strangers out of the UI: every navigation of a visitor who has not signed in ends on the
 * login page, and a signed-in colleague who opens the login page lands on the start page instead.
 * Vaadin CDI fires {@link ServiceInitEvent} as a CDI event, so observing it registers the guard.
 */
@ApplicationScoped
public class AccessControl {

  void guardEveryUi(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(init -> init.getUI().addBeforeEnterListener(AccessControl::guard));
  }

  static void guard(BeforeEnterEvent event) {
    boolean toLogin = LoginView.class.equals(event.getNavigationTarget());
    boolean signedIn = signedIn();
    if (!signedIn && !toLogin) {
      event.forwardTo(LoginView.class);
    } else if (signedIn && toLogin) {
      event.forwardTo("");
    }
  }

  /** The authentication mechanism has put the session's principal on every request by now. */
  private static boolean signedIn() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request != null && request.getUserPrincipal() != null;
  }
}
