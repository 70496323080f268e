package org.agora.ui.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.agora.onboarding.entity.NewcomerView;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.PersonView;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Times;

/** One newcomer on the admins' page: who, since when, how far, and their buddy (type a name to choose). */
class NewcomerRow extends Div {

  NewcomerRow(NewcomerView n, PersonDirectory directory, Consumer<Long> buddyChosen) {
    addClassName("onboarding-newcomer");
    getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("align-items", "baseline").set("width", "100%");
    Div who = new Div(MainLayout.avatar(n.person().displayName(), n.person().avatarUrl()),
        new Anchor("people/" + n.person().id(), n.person().displayName()));
    who.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)").set("flex", "1 1 12em");
    Span how = new Span(getTranslation(n.flagged() ? "onboarding.admin.flagged" : "onboarding.admin.joined",
        Times.relative(n.joinedAt(), getLocale()), n.stepsDone(), n.steps()));
    how.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("flex", "1 1 12em");
    ComboBox<PersonView> buddy = new ComboBox<>(getTranslation("onboarding.admin.buddy"));
    buddy.addClassName("buddy-picker");
    buddy.getElement().setAttribute("accessible-name", getTranslation("onboarding.admin.buddyOf", n.person().displayName()));
    buddy.setItemLabelGenerator(PersonView::displayName);
    buddy.setItems(query -> directory.mentionable(query.getFilter().orElse(""), 20).stream()
        .filter(p -> p.id() != n.person().id()).skip(query.getOffset()).limit(query.getLimit()));
    buddy.setPlaceholder(getTranslation("onboarding.admin.typeName"));
    buddy.getStyle().set("flex", "1 1 14em").set("min-width", "0");
    if (n.buddy() != null) {
      buddy.setValue(n.buddy());
    }
    Button assign = new Button(getTranslation("onboarding.admin.assign"), e -> {
      if (buddy.getValue() != null) {
        buddyChosen.accept(buddy.getValue().id());
      }
    });
    assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    assign.getElement().setAttribute("aria-label", getTranslation("onboarding.admin.assignTo", n.person().displayName()));
    add(who, how, buddy, assign);
    if (n.buddy() != null) {
      Button remove = new Button(getTranslation("onboarding.admin.remove"), e -> buddyChosen.accept(null));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      add(remove);
    }
  }
}
