package org.agora.ui.login;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in page. The form posts natively to {@code /login}, where the authentication mechanism
 * checks the password and redirects to the start page, or back here with {@code ?error}.
 */
@Route("login")
@PageTitle("Log in | Agora")
@CdiComponent
class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final LoginForm form = new LoginForm();

  @Inject
  LoginView(@ConfigProperty(name = "agora.demo", defaultValue = "false") boolean demo) {
    H1 brand = new H1("Agora");
    brand.addClassNames(LumoUtility.TextColor.PRIMARY, LumoUtility.Margin.Bottom.NONE);
    Paragraph tagline = new Paragraph("Your company's social network");
    tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.XSMALL);

    form.setI18n(texts());
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    add(brand, tagline, form);

    if (demo) {
      Paragraph hint = new Paragraph("Demo: admin / agora-demo");
      hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.TERTIARY);
      add(hint);
    }
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    addClassNames(LumoUtility.Background.CONTRAST_5);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }

  private static LoginI18n texts() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Log in");
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle("Wrong username or password");
    error.setMessage("Check your username and password and try again.");
    return i18n;
  }
}
