package org.agora.ui.privacy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.privacy.boundary.Erasures;
import org.agora.ui.layout.Refusals;

/**
 * Asks an admin once more before erasing a person's data, says what will happen, and takes the
 * reason the audit log keeps. {@code done} runs after the erasure (the users list reloads).
 */
public class ErasureDialog extends Dialog {

  public ErasureDialog(Erasures erasures, AgoraPrincipal admin, long personId, String name, Runnable done) {
    setHeaderTitle(getTranslation("privacy.erase.title", name));
    setMaxWidth("560px");
    UnorderedList what = new UnorderedList();
    for (String key : new String[] {"disabled", "profile", "content", "traces", "audit"}) {
      what.add(new ListItem(getTranslation("privacy.erase.what." + key)));
    }
    TextArea reason = new TextArea(getTranslation("privacy.erase.reason"));
    reason.setRequired(true);
    reason.setMaxLength(500);
    reason.setWidthFull();
    reason.setId("erasure-reason");
    add(new Paragraph(getTranslation("privacy.erase.explain")), what,
        new Paragraph(getTranslation("privacy.erase.final")), reason);
    Button confirm = new Button(getTranslation("privacy.erase.confirm"), e -> {
      if (reason.getValue().isBlank()) {
        reason.setInvalid(true);
        reason.setErrorMessage(getTranslation("privacy.erase.reasonMissing"));
        return;
      }
      if (Refusals.attempt(() -> erasures.erase(admin, personId, reason.getValue()))) {
        close();
        Notification.show(getTranslation("privacy.erase.done"));
        done.run();
      }
    });
    confirm.setId("erasure-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
  }
}
