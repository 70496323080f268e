package org.agora.ui.surveys;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.surveys.boundary.AudienceRequest;
import org.agora.surveys.entity.AudienceChoices;
import org.agora.surveys.entity.AudienceKind;
import org.agora.surveys.entity.NamedRef;
import org.agora.ui.layout.Texts;

/**
 * Whom a new survey asks, among what the person may choose: everyone, some departments (admins), or
 * the members of a community they own.
 */
class AudiencePicker extends VerticalLayout {

  private final RadioButtonGroup<AudienceKind> kind = new RadioButtonGroup<>(Texts.t("surveys.field.audience"));
  private final MultiSelectComboBox<NamedRef> departments = new MultiSelectComboBox<>(Texts.t("surveys.field.departments"));
  private final Select<NamedRef> community = new Select<>();

  AudiencePicker(AudienceChoices choices) {
    addClassName("audience-picker");
    setPadding(false);
    List<AudienceKind> offered = new ArrayList<>();
    if (choices.everyone()) offered.add(AudienceKind.EVERYONE);
    if (!choices.departments().isEmpty()) offered.add(AudienceKind.DEPARTMENTS);
    if (!choices.communities().isEmpty()) offered.add(AudienceKind.COMMUNITY);
    kind.setItems(offered);
    kind.setItemLabelGenerator(k -> Texts.t("surveys.audience." + k.name().toLowerCase(Locale.ROOT)));
    kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    kind.setRequired(true);
    departments.setItems(choices.departments());
    departments.setItemLabelGenerator(NamedRef::name);
    departments.setWidthFull();
    community.setLabel(Texts.t("surveys.field.community"));
    community.setItems(choices.communities());
    community.setItemLabelGenerator(c -> c == null ? "" : c.name());
    community.setWidthFull();
    if (choices.communities().size() == 1) {
      community.setValue(choices.communities().getFirst());
    }
    kind.addValueChangeListener(e -> shown(e.getValue()));
    kind.setValue(offered.isEmpty() ? null : offered.getFirst());
    shown(kind.getValue());
    add(kind, departments, community);
  }

  /** Starts on a community's members, when the person may ask them (from the community's page). */
  void preselect(long communityId) {
    community.getListDataView().getItems().filter(c -> c.id() == communityId).findFirst().ifPresent(c -> {
      kind.setValue(AudienceKind.COMMUNITY);
      community.setValue(c);
    });
  }

  private void shown(AudienceKind chosen) {
    departments.setVisible(chosen == AudienceKind.DEPARTMENTS);
    community.setVisible(chosen == AudienceKind.COMMUNITY);
  }

  /** The audience as the service takes it; marks what is missing and answers null then. */
  AudienceRequest request() {
    AudienceKind chosen = kind.getValue();
    if (chosen == AudienceKind.DEPARTMENTS && departments.getValue().isEmpty()) {
      departments.setErrorMessage(Texts.t("surveys.error.departments"));
      departments.setInvalid(true);
      return null;
    }
    if (chosen == AudienceKind.COMMUNITY && community.getValue() == null) {
      community.setErrorMessage(Texts.t("surveys.error.community"));
      community.setInvalid(true);
      return null;
    }
    departments.setInvalid(false);
    community.setInvalid(false);
    return switch (chosen) {
      case null -> null;
      case EVERYONE -> new AudienceRequest("EVERYONE", null, null);
      case DEPARTMENTS -> new AudienceRequest("DEPARTMENTS", departments.getValue().stream().map(NamedRef::id).sorted().toList(), null);
      case COMMUNITY -> new AudienceRequest("COMMUNITY", null, community.getValue().id());
    };
  }
}
