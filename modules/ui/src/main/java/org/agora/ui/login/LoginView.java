package org.agora.ui.login;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login page. The form posts natively to {@code /login}, where the container's
 * authentication mechanism checks the password and starts the session.
 */
@Route("login")
@PageTitle("Log in · Agora")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final LoginForm form = new LoginForm();

  @Inject
  public LoginView(@ConfigProperty(name = "agora.demo", defaultValue = "false") boolean demo) {
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Agora");
    i18n.getErrorMessage().setTitle("Wrong username or password");
    i18n.getErrorMessage().setMessage("Check your username and password and try again.");
    form.setI18n(i18n);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    add(form);
    if (demo) {
      add(new Paragraph("Demo: admin / agora-demo"));
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    if (parameters.containsKey("throttled")) {
      LoginI18n i18n = LoginI18n.createDefault();
      i18n.getForm().setTitle("Agora");
      i18n.getErrorMessage().setTitle("Too many failed attempts");
      i18n.getErrorMessage().setMessage("This account is locked for a few minutes after repeated wrong passwords. Try again later.");
      form.setI18n(i18n);
    }
    form.setError(parameters.containsKey("error") || parameters.containsKey("throttled"));
  }
}
