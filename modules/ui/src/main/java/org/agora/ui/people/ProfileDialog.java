package org.agora.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.agora.people.boundary.ProfileUpdate;
import org.agora.people.boundary.Profiles;
import org.agora.people.boundary.SkillVocabulary;
import org.agora.people.entity.ProfileView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.UiLanguage;

/**
 * Editing my profile: title, location, about, skills, the UI's language, and the photo (checked
 * and re-encoded by the people module's PhotoCheck, the same as the API's upload).
 */
class ProfileDialog extends Dialog {

  private static final String BROWSER = "";

  ProfileDialog(Profiles profiles, SkillVocabulary vocabulary, CurrentUser currentUser, ProfileView p, Runnable afterChange) {
    setHeaderTitle(getTranslation("profile.edit"));
    TextField title = new TextField(getTranslation("profile.field.title"), p.title() == null ? "" : p.title(), "");
    TextField location = new TextField(getTranslation("profile.field.location"), p.location() == null ? "" : p.location(), "");
    TextArea about = new TextArea(getTranslation("profile.field.about"), p.about() == null ? "" : p.about(), "");
    MultiSelectComboBox<String> skillList = skills(vocabulary, p);
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
      change.skills = List.copyOf(skillList.getValue());
      change.uiLanguage = language.getValue();
      try {
        profiles.update(currentUser.required(), p.id(), change);
        close();
        if (!Objects.equals(language.getValue(), p.uiLanguage() == null ? BROWSER : p.uiLanguage())) {
          getUI().ifPresent(ui -> UiLanguage.changed(ui, language.getValue()));
        } else {
          afterChange.run();
        }
      } catch (WebApplicationException | Refusal refused) {
        about.setErrorMessage(org.agora.ui.layout.Refusals.explain(refused));
        about.setInvalid(true);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
  }

  /**
   * Skills as chips: pick from the skills colleagues have, or type a new one and press Enter. The
   * people module turns each into its canonical name ("K8s" is kubernetes) on saving.
   */
  private MultiSelectComboBox<String> skills(SkillVocabulary vocabulary, ProfileView p) {
    MultiSelectComboBox<String> skills = new MultiSelectComboBox<>(getTranslation("profile.field.skills"));
    skills.addClassName("skills");
    List<String> known = new ArrayList<>(p.skills());
    try {
      vocabulary.common(300).stream().filter(s -> !known.contains(s)).forEach(known::add);
    } catch (RuntimeException e) {
      // completion only helps; typing a skill still works
    }
    skills.setItems(known);
    skills.setAllowCustomValue(true);
    skills.addCustomValueSetListener(e -> {
      String typed = e.getDetail().strip();
      if (!typed.isEmpty() && typed.length() <= SkillVocabulary.MAX_LENGTH) {
        // Taken before setItems, which empties the selection.
        Set<String> chosen = new LinkedHashSet<>(skills.getValue());
        chosen.add(typed);
        if (!known.contains(typed)) {
          known.add(typed);
          skills.setItems(known);
        }
        skills.setValue(chosen);
      }
    });
    skills.setValue(new LinkedHashSet<>(p.skills()));
    skills.setHelperText(getTranslation("profile.skills.hint"));
    return skills;
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
      } catch (WebApplicationException | Refusal | IOException refused) {
        problem.setText(getTranslation("profile.photo.refused"));
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
