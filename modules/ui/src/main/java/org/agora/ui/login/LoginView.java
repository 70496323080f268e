package org.agora.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.inject.Inject;
import java.util.Set;
import org.agora.people.boundary.LoginOptions;
import org.agora.people.boundary.PageSignIn;
import org.agora.platform.boundary.LoginContinuation;
import org.agora.ui.layout.AccessControl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login page. "Sign in" is handled by this page itself: the container's authentication
 * mechanism checks the password and starts the session inside the page's request ({@link
 * PageSignIn}), and the same page goes on to the home feed or the page asked for, without a form
 * post, a redirect and a second page load. ({@code POST /login}, the form post, still works for
 * scripts.) With single sign-on configured a "Sign in with …" link starts the OpenID Connect
 * flow at {@code /sso/login}. Without password login only that link is left.
 */
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** The {@code ?sso=} codes the single sign-on sends back here, each with its own text. */
  private static final Set<String> SSO_PROBLEMS =
      Set.of("off", "state", "nonce", "token", "provider", "denied", "claims", "disabled");

  private final LoginForm form = new LoginForm();
  private final Paragraph problem = new Paragraph();

  private final PageSignIn signIn;
  private final AccessControl accessControl;

  @Inject
  public LoginView(@ConfigProperty(name = "agora.demo", defaultValue = "false") boolean demo, LoginOptions options,
      PageSignIn signIn, AccessControl accessControl) {
    this.signIn = signIn;
    this.accessControl = accessControl;
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    problem.setId("login-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "24em");
    problem.setVisible(false);
    add(problem);
    if (options.passwordEnabled()) {
      form.setI18n(texts("login.wrong"));
      form.addLoginListener(this::signIn);
      form.setForgotPasswordButtonVisible(false);
      add(form);
    }
    options.singleSignOn().ifPresent(provider -> {
      Anchor sso = new Anchor("sso/login", getTranslation("login.sso", provider));
      sso.setId("sso-login");
      sso.setRouterIgnore(true);
      sso.getElement().getThemeList().add("primary");
      sso.getStyle().set("font-size", "var(--lumo-font-size-l)");
      add(sso);
    });
    if (demo && options.passwordEnabled()) {
      add(new Paragraph(getTranslation("login.demo")));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.submit") + " · Agora";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    if (parameters.containsKey("throttled")) {
      form.setI18n(texts("login.throttled"));
    }
    form.setError(parameters.containsKey("error") || parameters.containsKey("throttled"));
    String sso = parameters.getOrDefault("sso", java.util.List.of()).stream().findFirst().orElse(null);
    if (sso != null && SSO_PROBLEMS.contains(sso)) {
      show(getTranslation("login.sso." + sso));
    } else if (parameters.containsKey("password-off")) {
      show(getTranslation("login.password-off"));
    }
  }

  private void signIn(AbstractLogin.LoginEvent event) {
    var outcome = signIn.signIn(VaadinServletRequest.getCurrent().getHttpServletRequest(),
        VaadinServletResponse.getCurrent().getHttpServletResponse(), event.getUsername(), event.getPassword());
    switch (outcome) {
      case SIGNED_IN -> goOn();
      case THROTTLED -> refused("login.throttled");
      case WRONG_CREDENTIALS -> refused("login.wrong");
      case PASSWORD_OFF -> {
        form.setVisible(false);
        show(getTranslation("login.password-off"));
      }
    }
  }

  /** To the page asked for before signing in (kept by {@link AccessControl}), else home. */
  private void goOn() {
    UI ui = UI.getCurrent();
    accessControl.signedInOnThisPage(ui);
    Location next = new Location(LoginContinuation.take(VaadinServletRequest.getCurrent().getHttpServletRequest().getSession())
        .orElse("/").substring(1));
    ui.navigate(next.getPath(), next.getQueryParameters());
  }

  private void refused(String why) {
    form.setI18n(texts(why));
    form.setError(true);
    form.setEnabled(true);
  }

  private void show(String text) {
    problem.setText(text);
    problem.setVisible(true);
  }

  /** The form's texts in the browser's language, with the error message of {@code error}. */
  private LoginI18n texts(String error) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Agora");
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getErrorMessage().setTitle(getTranslation(error + ".title"));
    i18n.getErrorMessage().setMessage(getTranslation(error + ".message"));
    return i18n;
  }
}
