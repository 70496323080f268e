package org.agora.ui.onboarding;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.agora.communities.entity.CommunityView;
import org.agora.onboarding.boundary.OnboardingSettingsRequest;
import org.agora.onboarding.entity.DepartmentSetup;
import org.agora.people.entity.DepartmentView;

/** One department on the admins' onboarding page: its community and the recommended ones; wraps on phones. */
class DepartmentRow extends Div {

  private final DepartmentView department;
  private final ComboBox<CommunityView> own = new ComboBox<>();
  private final MultiSelectComboBox<CommunityView> recommended = new MultiSelectComboBox<>();

  DepartmentRow(DepartmentView department, List<CommunityView> communities, DepartmentSetup setup) {
    this.department = department;
    addClassName("onboarding-department");
    getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("align-items", "baseline").set("width", "100%").set("padding-bottom", "var(--lumo-space-s)")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    Span name = new Span(department.name());
    name.getStyle().set("font-weight", "600").set("flex", "1 1 10em");
    own.setLabel(getTranslation("onboarding.admin.departmentCommunity"));
    own.setItems(communities);
    own.setItemLabelGenerator(CommunityView::name);
    own.setClearButtonVisible(true);
    own.getElement().setAttribute("accessible-name", getTranslation("onboarding.admin.departmentCommunityOf", department.name()));
    recommended.setLabel(getTranslation("onboarding.admin.recommended"));
    recommended.setItems(communities);
    recommended.setItemLabelGenerator(CommunityView::name);
    recommended.getElement().setAttribute("accessible-name", getTranslation("onboarding.admin.recommendedOf", department.name()));
    own.getStyle().set("flex", "1 1 16em").set("min-width", "0");
    recommended.getStyle().set("flex", "1 1 16em").set("min-width", "0");
    if (setup != null) {
      communities.stream().filter(c -> Long.valueOf(c.id()).equals(setup.communityId())).findFirst().ifPresent(own::setValue);
      recommended.setValue(communities.stream().filter(c -> setup.recommendedIds().contains(c.id())).toList());
    }
    add(name, own, recommended);
  }

  /** What the admin chose for this department, or null when nothing. */
  OnboardingSettingsRequest.DepartmentSetupRequest request() {
    if (own.getValue() == null && recommended.getValue().isEmpty()) {
      return null;
    }
    return new OnboardingSettingsRequest.DepartmentSetupRequest(department.id(), own.getValue() == null ? null : own.getValue().id(),
        recommended.getValue().stream().map(CommunityView::id).toList());
  }
}
