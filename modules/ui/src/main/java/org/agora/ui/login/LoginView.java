package org.agora.ui.login;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login page. The form posts natively to {@code /login}, where the container's
 * authentication mechanism checks the password and starts the session.
 */
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();

  @Inject
  public LoginView(@ConfigProperty(name = "agora.demo", defaultValue = "false") boolean demo) {
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    form.setI18n(texts("login.wrong"));
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    add(form);
    if (demo) {
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
