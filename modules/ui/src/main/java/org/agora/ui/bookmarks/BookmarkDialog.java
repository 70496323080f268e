package org.agora.ui.bookmarks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.agora.bookmarks.boundary.BookmarkRequest;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.communities.entity.CommunityView;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.Texts;

/**
 * Add or edit one bookmark: address, title (left empty, Agora fetches the page's), notes, tags,
 * and who sees it. Errors from the service appear on the field they concern.
 */
class BookmarkDialog extends Dialog {

  /** What saving does with the filled-in request; throws a JAX-RS exception or a Refusal to refuse. */
  interface Saver {
    void save(BookmarkRequest request);
  }

  final TextField url = new TextField();
  final TextField title = new TextField();
  final TextArea description = new TextArea();
  final TextField tags = new TextField();
  final Select<BookmarkVisibility> visibility = new Select<>();
  final ComboBox<CommunityView> community = new ComboBox<>();

  BookmarkDialog(String heading, List<CommunityView> myCommunities, Saver saver, Runnable afterSave) {
    setHeaderTitle(heading);
    url.setLabel(getTranslation("bookmark.field.url"));
    title.setLabel(getTranslation("bookmark.field.title"));
    description.setLabel(getTranslation("bookmark.field.notes"));
    tags.setLabel(getTranslation("bookmark.field.tags"));
    community.setLabel(getTranslation("bookmark.field.community"));
    url.setRequired(true);
    url.setPlaceholder("https://");
    url.setMaxLength(2000);
    title.setPlaceholder(getTranslation("bookmark.field.title.placeholder"));
    title.setMaxLength(300);
    description.setMaxLength(4000);
    tags.setHelperText(getTranslation("bookmark.field.tags.helper"));
    visibility.setLabel(getTranslation("bookmark.field.visibility"));
    visibility.setItems(BookmarkVisibility.values());
    visibility.setItemLabelGenerator(BookmarkDialog::describe);
    visibility.setValue(BookmarkVisibility.PRIVATE);
    community.setItems(myCommunities);
    community.setItemLabelGenerator(CommunityView::name);
    community.setVisible(false);
    visibility.addValueChangeListener(e -> community.setVisible(e.getValue() == BookmarkVisibility.COMMUNITY));
    FormLayout form = new FormLayout(url, title, description, tags, visibility, community);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    form.setWidth("min(520px, 90vw)");
    add(form);

    Button save = new Button(getTranslation("common.save"), e -> {
      clearErrors();
      try {
        saver.save(request());
        close();
        afterSave.run();
      } catch (WebApplicationException | Refusal problem) {
        showError(problem);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
  }

  void fill(BookmarkView bookmark) {
    url.setValue(bookmark.url());
    url.setReadOnly(true);
    title.setValue(bookmark.titleFromPage() ? "" : bookmark.title());
    description.setValue(bookmark.description() == null ? "" : bookmark.description());
    tags.setValue(String.join(", ", bookmark.tags()));
    visibility.setValue(bookmark.visibility());
  }

  BookmarkRequest request() {
    BookmarkRequest request = new BookmarkRequest();
    request.url = url.getValue().strip();
    request.title = title.getValue().isBlank() ? null : title.getValue();
    request.description = description.getValue();
    request.tags = Arrays.stream(tags.getValue().split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
    request.visibility = visibility.getValue();
    request.communityId = visibility.getValue() == BookmarkVisibility.COMMUNITY && community.getValue() != null
        ? community.getValue().id() : null;
    return request;
  }

  /**
   * The refusal under the field it concerns: service messages start with the field's name
   * ("url: only http and https…"); the text shown is the translated explanation.
   */
  private void showError(RuntimeException problem) {
    String text = problem.getMessage() == null ? "" : problem.getMessage();
    Consumer<String> target = text.startsWith("url") ? url::setErrorMessage
        : text.startsWith("communityId") ? community::setErrorMessage
        : text.startsWith("title") ? title::setErrorMessage : tags::setErrorMessage;
    target.accept(org.agora.ui.layout.Refusals.explain(problem));
    url.setInvalid(text.startsWith("url"));
    community.setInvalid(text.startsWith("communityId"));
    title.setInvalid(text.startsWith("title"));
    tags.setInvalid(!text.startsWith("url") && !text.startsWith("communityId") && !text.startsWith("title"));
  }

  private void clearErrors() {
    url.setInvalid(false);
    title.setInvalid(false);
    tags.setInvalid(false);
    community.setInvalid(false);
  }

  static String describe(BookmarkVisibility visibility) {
    return Texts.t("bookmark.visibility." + visibility.name().toLowerCase(java.util.Locale.ROOT));
  }
}
