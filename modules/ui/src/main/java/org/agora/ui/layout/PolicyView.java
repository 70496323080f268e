package org.agora.ui.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import org.agora.people.boundary.UsagePolicy;
import org.agora.platform.boundary.CurrentUser;

/** The company's usage policy, accepted once before anything else; then on to the page asked for. */
@Route("policy")
public class PolicyView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public PolicyView(UsagePolicy policy, CurrentUser currentUser) {
    setMaxWidth("760px");
    UsagePolicy.Status status = policy.status(currentUser.id(), getLocale());
    Pre text = new Pre(status.text() == null ? "" : status.text());
    text.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
    Button accept = new Button(getTranslation("policy.accept"), e -> {
      policy.accept(currentUser.id());
      VaadinSession session = VaadinSession.getCurrent();
      session.setAttribute(AccessControl.POLICY_ACCEPTED, Boolean.TRUE);
      Object next = session.getAttribute(AccessControl.AFTER_POLICY);
      session.setAttribute(AccessControl.AFTER_POLICY, null);
      getUI().ifPresent(ui -> ui.navigate(next instanceof String path ? path : ""));
    });
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button logout = new Button(getTranslation("layout.logout"), e -> {
      VaadinSession.getCurrent().getSession().invalidate();
      getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
    });
    add(new H2(getTranslation("policy.title")), text, new HorizontalLayout(accept, logout));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("policy.title") + " · Agora";
  }
}
