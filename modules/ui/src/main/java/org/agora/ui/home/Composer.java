package org.agora.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agora.activity.boundary.PostRequest;
import org.agora.communities.entity.CommunityView;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.boundary.Search;

/**
 * Writing a post: the text with completion for the @mention or #tag being typed at its end (a
 * list under the text; arrow down reaches it, Enter or a click inserts), and where it goes: my
 * profile or a community I belong to.
 */
class Composer extends VerticalLayout {

  /** The word being typed at the end of the text: {@code @kja} or {@code #kub}. */
  static final Pattern TYPING = Pattern.compile("(?:^|\\s)([@#])([\\p{L}\\p{N}._-]{1,64})$");

  /** Posts text to my profile (community null) or a community; answers whether it went through. */
  interface Poster {
    boolean post(String text, Long communityId);
  }

  /** A completion: what replaces the typed word, and how the list shows it. */
  record Completion(String insert, String label) {}

  private final TextArea text = new TextArea();
  private final ListBox<Completion> completions = new ListBox<>();
  private final Select<CommunityView> target = new Select<>();
  private final PersonDirectory directory;
  private final Search search;
  private final CurrentUser currentUser;

  Composer(PersonDirectory directory, Search search, CurrentUser currentUser, List<CommunityView> myCommunities, Poster poster) {
    this.directory = directory;
    this.search = search;
    this.currentUser = currentUser;
    setPadding(false);
    setSpacing(false);
    text.setLabel(getTranslation("home.composer.label"));
    text.setPlaceholder(getTranslation("home.composer.placeholder"));
    text.setMaxLength(PostRequest.MAX_TEXT);
    text.setWidthFull();
    text.addClassName("composer");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setValueChangeTimeout(200);
    text.addValueChangeListener(e -> {
      if (e.isFromClient()) {
        complete();
      }
    });
    completions.addClassName("completions");
    completions.setItemLabelGenerator(Completion::label);
    completions.getElement().setAttribute("aria-label", getTranslation("composer.completions"));
    completions.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
        .set("max-width", "420px");
    completions.setVisible(false);
    completions.addValueChangeListener(e -> {
      if (e.getValue() != null && e.isFromClient()) {
        insert(e.getValue());
      }
    });
    // Arrow down from the text reaches the list while it is shown; Escape closes it.
    text.getElement().executeJs("""
        const list = $0;
        this.addEventListener('keydown', e => {
          if (e.key === 'ArrowDown' && !list.hidden) { e.preventDefault(); list.focus(); }
          if (e.key === 'Escape' && !list.hidden) { list.hidden = true; }
        });""", completions.getElement());
    target.setLabel(getTranslation("composer.target"));
    target.setEmptySelectionAllowed(true);
    target.setEmptySelectionCaption(getTranslation("composer.myProfile"));
    target.setItems(myCommunities);
    target.setItemLabelGenerator(c -> c == null ? getTranslation("composer.myProfile") : c.name());
    target.setVisible(!myCommunities.isEmpty());
    Button post = new Button(getTranslation("home.post"), e -> {
      if (poster.post(text.getValue(), target.getValue() == null ? null : target.getValue().id())) {
        text.clear();
        completions.setVisible(false);
      }
    });
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout actions = new HorizontalLayout(target, post);
    actions.setAlignItems(Alignment.BASELINE);
    add(text, completions, actions);
  }

  private void complete() {
    Matcher typing = TYPING.matcher(text.getValue());
    List<Completion> found = typing.find() ? suggestions(typing.group(1), typing.group(2)) : List.of();
    completions.setItems(found);
    completions.setVisible(!found.isEmpty());
  }

  private List<Completion> suggestions(String sign, String typed) {
    if ("@".equals(sign)) {
      return directory.mentionable(typed, 6).stream()
          .map(p -> new Completion("@" + p.username(), p.displayName() + " · @" + p.username()))
          .toList();
    }
    try {
      Stream<Completion> tags = search.suggest(currentUser.required(), typed).items().stream()
          .filter(s -> "tag".equals(s.type()))
          .map(s -> new Completion("#" + s.text(), "#" + s.text()));
      return Stream.concat(Stream.of(new Completion("#" + typed, "#" + typed)), tags).distinct().limit(6).toList();
    } catch (RuntimeException searchDown) {
      // Search is down: the tag as typed is still offered; completion only helps.
      return List.of(new Completion("#" + typed, "#" + typed));
    }
  }

  /** Replaces the word being typed with the completion and goes back to writing. */
  private void insert(Completion completion) {
    Matcher typing = TYPING.matcher(text.getValue());
    if (typing.find()) {
      text.setValue(text.getValue().substring(0, typing.start(1)) + completion.insert() + " ");
    }
    completions.setVisible(false);
    completions.clear();
    // Back to writing where the text ends: setting the value from the server leaves the caret elsewhere.
    text.getElement().executeJs("""
        const area = this.inputElement;
        requestAnimationFrame(() => { area.focus(); area.setSelectionRange(area.value.length, area.value.length); });""");
  }
}
