package org.agora.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.boundary.UsagePolicy;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.LoginContinuation;
import org.agora.ui.login.LoginView;

/**
 * Sends anyone who is not logged in to the login page, whatever URL they asked for; logged-in
 * people asking for the login page go home, and people who have not accepted the usage policy
 * yet see it first. Sign-in itself is the container's (the login page asks it inside its own
 * request, then carries on here with {@link #signedInOnThisPage}).
 */
@ApplicationScoped
public class AccessControl {

  /** Session attribute: the page to show once the usage policy is accepted. */
  static final String AFTER_POLICY = "agora.afterPolicy";
  static final String POLICY_ACCEPTED = "agora.policyAccepted";

  @Inject UsagePolicy policy;
  @Inject CurrentUser currentUser;
  @Inject PersonDirectory directory;

  void install(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      pushOnceSignedIn(init.getUI());
      chooseLanguage(init.getUI());
      init.getUI().addBeforeEnterListener(this::check);
    });
  }

  /**
   * The login page's UI goes on as a signed-in person's page (sign-in without a second page
   * load): it gets its push connection now, after the session's id changed, and the person's
   * language. The navigation that follows runs {@link #check} as any other.
   */
  public void signedInOnThisPage(UI ui) {
    pushOnceSignedIn(ui);
    chooseLanguage(ui);
  }

  /**
   * Pages of signed-in people get a push connection; pages before sign-in (the login page) do not.
   * Signing in gives the session a new id, and a push handshake still under way from the login
   * page (a busy server answers it late) would arrive with the old id, and the browser would keep
   * the new session that handshake created, not signed in, in place of the one that is.
   */
  private static void pushOnceSignedIn(UI ui) {
    ui.getPushConfiguration().setPushMode(signedIn() ? PushMode.AUTOMATIC : PushMode.DISABLED);
  }

  /** Whether the request that builds or updates the page comes from someone signed in. */
  private static boolean signedIn() {
    return VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getUserPrincipal() != null;
  }

  /** The language chosen on the profile wins over the browser's; looked up once per session. */
  private void chooseLanguage(UI ui) {
    VaadinSession session = VaadinSession.getCurrent();
    boolean loggedIn = signedIn();
    if (session == null || !loggedIn) {
      return;
    }
    if (UiLanguage.known(session)) {
      UiLanguage.apply(ui, session);
      return;
    }
    try {
      UiLanguage.apply(ui, session, directory.person(currentUser.required(), currentUser.id()).uiLanguage());
    } catch (RuntimeException notFound) {
      // No profile to read (a disabled account on its way out): the browser's language it is.
    }
  }

  void check(BeforeEnterEvent event) {
    boolean loggedIn = signedIn();
    boolean toLogin = LoginView.class.equals(event.getNavigationTarget());
    if (!loggedIn && !toLogin) {
      // Back to the page asked for after logging in (the bookmarklet's prefilled dialog, say).
      VaadinSession.getCurrent().getSession()
          .setAttribute(LoginContinuation.SESSION_ATTRIBUTE, "/" + event.getLocation().getPathWithQueryParameters());
      event.forwardTo(LoginView.class);
    } else if (loggedIn && toLogin) {
      event.forwardTo("");
    } else if (loggedIn && !PolicyView.class.equals(event.getNavigationTarget()) && mustAcceptPolicy()) {
      VaadinSession.getCurrent().setAttribute(AFTER_POLICY, event.getLocation().getPathWithQueryParameters());
      event.forwardTo(PolicyView.class);
    }
  }

  /** Asked once per session; an accepted policy stays accepted. */
  private boolean mustAcceptPolicy() {
    VaadinSession session = VaadinSession.getCurrent();
    if (Boolean.TRUE.equals(session.getAttribute(POLICY_ACCEPTED))) {
      return false;
    }
    boolean must = policy.status(currentUser.id()).mustAccept();
    if (!must) {
      session.setAttribute(POLICY_ACCEPTED, Boolean.TRUE);
    }
    return must;
  }
}
