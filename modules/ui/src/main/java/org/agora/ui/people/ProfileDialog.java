package org.agora.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.agora.people.boundary.ProfileUpdate;
import org.agora.people.boundary.Profiles;
import org.agora.people.entity.ProfileView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.layout.UiLanguage;

/**
 * Editing my profile: title, location, about, skills, the UI's language, and the photo (checked
 * and re-encoded by the people module's PhotoCheck, the same as the API's upload).
 */
class ProfileDialog extends Dialog {

  private static final String BROWSER = "";

  ProfileDialog(Profiles profiles, CurrentUser currentUser, ProfileView p, Runnable afterChange) {
    setHeaderTitle(getTranslation("profile.edit"));
    TextField title = new TextField(getTranslation("profile.field.title"), p.title() == null ? "" : p.title(), "");
    TextField location = new TextField(getTranslation("profile.field.location"), p.location() == null ? "" : p.location(), "");
    TextArea about = new TextArea(getTranslation("profile.field.about"), p.about() == null ? "" : p.about(), "");
    TextField skillList = new TextField(getTranslation("profile.field.skills"), String.join(", ", p.skills()), "");
    title.setMaxLength(120);
    location.setMaxLength(120);
    about.setMaxLength(4000);
    Select<String> language = new Select<>();
    language.setLabel(getTranslation("profile.field.language"));
    language.setItems(BROWSER, "en", "de");
    language.setItemLabelGenerator(l -> getTranslation(l.isEmpty() ? "profile.language.browser" : "profile.language." + l));
    language.setValue(p.uiLanguage() == null ? BROWSER : p.uiLanguage());
    add(new FormLayout(title, location, about, skillList, language, photo(profiles, currentUser, p, afterChange)));

    Button save = new Button(getTranslation("common.save"), e -> {
      ProfileUpdate change = new ProfileUpdate();
      change.title = title.getValue();
      change.location = location.getValue();
      change.about = about.getValue();
      change.skills = Arrays.stream(skillList.getValue().split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
      change.uiLanguage = language.getValue();
      try {
        profiles.update(currentUser.required(), p.id(), change);
        close();
        if (!Objects.equals(language.getValue(), p.uiLanguage() == null ? BROWSER : p.uiLanguage())) {
          getUI().ifPresent(ui -> UiLanguage.changed(ui, language.getValue()));
        } else {
          afterChange.run();
        }
      } catch (WebApplicationException refused) {
        about.setErrorMessage(refused.getMessage());
        about.setInvalid(true);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
  }

  /** The photo takes effect on upload; a refused file shows why under the button. */
  private com.vaadin.flow.component.Component photo(Profiles profiles, CurrentUser currentUser, ProfileView p, Runnable afterChange) {
    MemoryBuffer buffer = new MemoryBuffer();
    Upload upload = new Upload(buffer);
    upload.addClassName("photo-upload");
    upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
    upload.setMaxFileSize(Profiles.MAX_PHOTO_BYTES);
    upload.setMaxFiles(1);
    upload.setUploadButton(new Button(getTranslation("profile.photo.upload")));
    upload.setDropLabel(new Span(getTranslation("profile.photo.drop")));
    Span problem = new Span();
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    problem.getElement().setAttribute("role", "alert");
    upload.addSucceededListener(e -> {
      try {
        profiles.savePhoto(currentUser.required(), p.id(), buffer.getInputStream().readAllBytes(), e.getMIMEType());
        problem.setText("");
        upload.clearFileList();
        afterChange.run();
      } catch (WebApplicationException | IOException refused) {
        problem.setText(refused.getMessage());
        upload.clearFileList();
      }
    });
    upload.addFileRejectedListener(e -> problem.setText(e.getErrorMessage()));
    com.vaadin.flow.component.orderedlayout.VerticalLayout box =
        new com.vaadin.flow.component.orderedlayout.VerticalLayout(new Span(getTranslation("profile.field.photo")), upload, problem);
    box.setPadding(false);
    box.setSpacing(false);
    return box;
  }
}
