package org.agora.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Locale;
import java.util.Map;
import org.agora.activity.boundary.Feeds;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.governance.boundary.DecisionRequest;
import org.agora.governance.boundary.Moderation;
import org.agora.governance.entity.CaseStatus;
import org.agora.governance.entity.Decision;
import org.agora.governance.entity.ModerationCase;
import org.agora.governance.entity.TargetType;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Refusals;

/**
 * The moderation queue for admins (everything) and community moderators (their communities):
 * open reports first, each with what was reported and why; hide, restore, delete or dismiss with
 * a note. The author is notified of every decision but a dismissal.
 */
@Route(value = "moderation", layout = MainLayout.class)
public class ModerationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  private final Moderation moderation;
  private final Feeds feeds;
  private final PersonDirectory directory;
  private final AgoraPrincipal me;
  private final boolean allowed;
  private final Select<CaseStatus> status = new Select<>();
  private final Div cases = new Div();
  private final Paragraph state = new Paragraph();
  private final Button more = new Button();
  private String next;

  @Inject
  public ModerationView(Moderation moderation, Feeds feeds, PersonDirectory directory, CommunityAccess access,
      CurrentUser currentUser) {
    this.moderation = moderation;
    this.feeds = feeds;
    this.directory = directory;
    this.me = currentUser.required();
    this.allowed = mayModerate(me, access);
    setMaxWidth("900px");
    status.setLabel(getTranslation("moderation.status"));
    status.setItems(CaseStatus.values());
    status.setItemLabelGenerator(s -> getTranslation("moderation.status." + s.name().toLowerCase(Locale.ROOT)));
    status.setValue(CaseStatus.OPEN);
    status.addValueChangeListener(e -> reload());
    cases.addClassName("moderation-cases");
    cases.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    cases.setWidthFull();
    state.getElement().setAttribute("role", "status");
    more.setText(getTranslation("feed.more"));
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.addClickListener(e -> load());
    add(new H2(getTranslation("nav.moderation")));
    if (allowed) {
      add(status, state, cases, more);
      reload();
    }
  }

  /** Admins, and whoever moderates at least one community. */
  public static boolean mayModerate(AgoraPrincipal person, CommunityAccess access) {
    return person.admin() || !access.moderatedCommunityIds(person.id()).isEmpty();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!allowed) {
      event.forwardTo("");
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.moderation") + " · Agora";
  }

  private void reload() {
    cases.removeAll();
    next = null;
    load();
  }

  private void load() {
    try {
      Page<ModerationCase> page = moderation.queue(me, status.getValue(), PageRequest.of(20, next));
      Map<Long, String> excerpts = feeds.excerpts(me, page.items().stream()
          .filter(c -> c.targetType() == TargetType.POST || c.targetType() == TargetType.COMMENT)
          .map(ModerationCase::targetId).toList(), 240);
      page.items().forEach(found -> cases.add(new CaseCard(found, authorName(found.authorId()),
          excerpts.get(found.targetId()), this::decide)));
      next = page.next();
      state.setText(getTranslation("moderation.empty"));
      state.setVisible(cases.getComponentCount() == 0);
    } catch (RuntimeException e) {
      state.setText(getTranslation("list.error"));
      state.setVisible(true);
      next = null;
    }
    more.setVisible(next != null);
  }

  private String authorName(long authorId) {
    try {
      return directory.person(me, authorId).displayName();
    } catch (RuntimeException gone) {
      return getTranslation("feed.someone");
    }
  }

  private boolean decide(ModerationCase found, Decision decision, String note) {
    DecisionRequest request = new DecisionRequest();
    request.decision = decision;
    request.note = note == null || note.isBlank() ? null : note;
    try {
      moderation.decide(me, found.id(), request);
      Notification.show(getTranslation("moderation.decided." + decision.name().toLowerCase(Locale.ROOT)), 3000,
          Notification.Position.BOTTOM_START);
      reload();
      return true;
    } catch (WebApplicationException | Refusal refused) {
      Notification.show(Refusals.explain(refused), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
      return false;
    }
  }
}
