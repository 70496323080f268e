package org.agora.ui.announcements;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import org.agora.announcements.boundary.AnnouncementRequest;
import org.agora.announcements.boundary.Announcements;
import org.agora.announcements.control.AnnouncementRules;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.ui.layout.Refusals;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/** Writing an announcement: its text (Markdown as posts), must-read or not, and the last day it is pinned. */
class AnnouncementDialog extends Dialog {

  AnnouncementDialog(Announcements announcements, AgoraPrincipal author, Long communityId, Runnable posted) {
    addClassName("announcement-dialog");
    setHeaderTitle(Texts.t(communityId == null ? "announcements.newEveryone" : "announcements.newCommunity"));
    setWidth("min(560px, 100vw)");
    TextArea text = new TextArea(Texts.t("announcements.text"));
    text.addClassName("announcement-text-field");
    text.setWidthFull();
    text.setMinHeight("8em");
    text.setMaxLength(AnnouncementRules.MAX_TEXT);
    text.setValueChangeMode(ValueChangeMode.EAGER);
    Checkbox mustRead = new Checkbox(Texts.t("announcements.mustRead"));
    mustRead.addClassName("announcement-must-read");
    LocalDate today = LocalDate.now(Times.zone());
    DatePicker until = new DatePicker(Texts.t("announcements.pinnedUntilField"), today.plusDays(7));
    until.addClassName("announcement-until");
    until.setLocale(getLocale());
    until.setMin(today);
    until.setMax(today.plusDays(365));
    until.setRequiredIndicatorVisible(true);
    Paragraph hint = new Paragraph(Texts.t("announcements.hint"));
    hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    add(text, mustRead, until, hint);
    Button post = new Button(Texts.t("announcements.postButton"), e -> {
      AnnouncementRequest request = new AnnouncementRequest();
      request.text = text.getValue();
      request.communityId = communityId;
      request.mustRead = mustRead.getValue();
      request.pinnedUntil = until.getValue() == null ? null : until.getValue().toString();
      if (Refusals.attempt(() -> announcements.post(author, request))) {
        close();
        Notification.show(Texts.t("announcements.posted"), 3000, Notification.Position.BOTTOM_START);
        posted.run();
      }
    });
    post.addClassName("announcement-post");
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    post.setEnabled(false);
    text.addValueChangeListener(e -> post.setEnabled(!e.getValue().isBlank()));
    getFooter().add(new Button(Texts.t("common.cancel"), e -> close()), post);
  }
}
