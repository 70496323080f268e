package org.agora.ui.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.communities.boundary.Communities;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.Visibility;
import org.agora.onboarding.boundary.OnboardingAdmin;
import org.agora.onboarding.boundary.OnboardingSettingsRequest;
import org.agora.onboarding.entity.DepartmentSetup;
import org.agora.onboarding.entity.NewcomerView;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.DepartmentView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.admin.AdminGuard;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Refusals;

/**
 * Admins: per department, its community and the communities recommended to its newcomers; the
 * newcomers, how far each has come, and their buddy, to assign or change.
 */
@Route(value = "admin/onboarding", layout = MainLayout.class)
public class OnboardingAdminView extends VerticalLayout implements HasDynamicTitle {

  private final OnboardingAdmin admin;
  private final PersonDirectory directory;
  private final Communities communities;
  private final CurrentUser currentUser;
  private final VerticalLayout newcomers = new VerticalLayout();

  @Inject
  public OnboardingAdminView(OnboardingAdmin admin, PersonDirectory directory, Communities communities, CurrentUser currentUser) {
    this.admin = admin;
    this.directory = directory;
    this.communities = communities;
    this.currentUser = currentUser;
    addClassName("onboarding-admin");
    if (AdminGuard.admitted(currentUser, this, "onboarding.admin.title")) {
      build();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("onboarding.admin.title") + " · Agora";
  }

  private void build() {
    add(new H2(getTranslation("onboarding.admin.title")), new Paragraph(getTranslation("onboarding.admin.intro")));
    add(new H3(getTranslation("onboarding.admin.departments")));
    List<CommunityView> joinable = joinableCommunities();
    Map<Long, DepartmentSetup> setups = new java.util.HashMap<>();
    admin.settings().departments().forEach(s -> setups.put(s.departmentId(), s));
    List<DepartmentRow> rows = new ArrayList<>();
    for (DepartmentView d : org.agora.ui.admin.DepartmentsView.all(directory)) {
      DepartmentRow row = new DepartmentRow(d, joinable, setups.get(d.id()));
      rows.add(row);
      add(row);
    }
    Button save = new Button(getTranslation("onboarding.admin.save"), e -> {
      var request = new OnboardingSettingsRequest(rows.stream().map(DepartmentRow::request).filter(r -> r != null).toList());
      if (Refusals.attempt(() -> admin.configure(request))) {
        Notification.show(getTranslation("onboarding.admin.saved"), 3000, Notification.Position.BOTTOM_START);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClassName("save-onboarding");
    newcomers.setPadding(false);
    newcomers.addClassName("onboarding-newcomers");
    add(save, new H3(getTranslation("onboarding.admin.newcomers")), newcomers);
    loadNewcomers();
  }

  private void loadNewcomers() {
    newcomers.removeAll();
    List<NewcomerView> all = admin.newcomers();
    if (all.isEmpty()) {
      newcomers.add(new Paragraph(getTranslation("onboarding.admin.noNewcomers")));
    }
    all.forEach(n -> newcomers.add(new NewcomerRow(n, directory, (buddy) -> {
      boolean done = buddy == null ? Refusals.attempt(() -> admin.removeBuddy(n.person().id()))
          : Refusals.attempt(() -> admin.assignBuddy(currentUser.required(), n.person().id(), buddy));
      if (done) {
        Notification.show(getTranslation(buddy == null ? "onboarding.admin.buddyRemoved" : "onboarding.admin.buddyAssigned"),
            3000, Notification.Position.BOTTOM_START);
        loadNewcomers();
      }
    })));
  }

  /** Public and private communities, which a newcomer can find: secret ones cannot be recommended. */
  private List<CommunityView> joinableCommunities() {
    List<CommunityView> all = new ArrayList<>();
    String cursor = null;
    do {
      Page<CommunityView> page = communities.list(currentUser.required(), new Communities.Filter(null, null, null, false),
          PageRequest.of(PageRequest.MAX_LIMIT, cursor));
      page.items().stream().filter(c -> c.visibility() != Visibility.SECRET).forEach(all::add);
      cursor = page.next();
    } while (cursor != null);
    all.sort(java.util.Comparator.comparing(CommunityView::name, String.CASE_INSENSITIVE_ORDER));
    return all;
  }
}
