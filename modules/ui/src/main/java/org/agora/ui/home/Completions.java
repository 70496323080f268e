package org.agora.ui.home;

import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.boundary.Search;

/**
 * Completion for the @mention or #tag being typed at the end of a text area: a list under the
 * text (arrow down reaches it, Enter or a click inserts, Escape closes it). Used by the composer
 * and by every reply field.
 */
class Completions extends ListBox<Completions.Completion> {

  /** The word being typed at the end of the text: {@code @kja} or {@code #kub}. */
  static final Pattern TYPING = Pattern.compile("(?:^|\\s)([@#])([\\p{L}\\p{N}._-]{1,64})$");

  /** A completion: what replaces the typed word, and how the list shows it. */
  record Completion(String insert, String label) {}

  private final TextArea text;
  private final PersonDirectory directory;
  private final Search search;
  private final CurrentUser currentUser;

  Completions(TextArea text, PersonDirectory directory, Search search, CurrentUser currentUser) {
    this.text = text;
    this.directory = directory;
    this.search = search;
    this.currentUser = currentUser;
    addClassName("completions");
    setItemLabelGenerator(Completion::label);
    getElement().setAttribute("aria-label", getTranslation("composer.completions"));
    getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
        .set("max-width", "420px");
    setVisible(false);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setValueChangeTimeout(200);
    text.addValueChangeListener(e -> {
      if (e.isFromClient()) {
        complete();
      }
    });
    addValueChangeListener(e -> {
      if (e.getValue() != null && e.isFromClient()) {
        insert(e.getValue());
      }
    });
    text.getElement().executeJs("""
        const list = $0;
        this.addEventListener('keydown', e => {
          if (e.key === 'ArrowDown' && !list.hidden) { e.preventDefault(); list.focus(); }
          if (e.key === 'Escape' && !list.hidden) { list.hidden = true; }
        });""", getElement());
  }

  /** Closes the list (after the text was sent). */
  void close() {
    setVisible(false);
    clear();
  }

  private void complete() {
    Matcher typing = TYPING.matcher(text.getValue());
    List<Completion> found = typing.find() ? suggestions(typing.group(1), typing.group(2)) : List.of();
    setItems(found);
    setVisible(!found.isEmpty());
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
    close();
    // Back to writing where the text ends: setting the value from the server leaves the caret elsewhere.
    text.getElement().executeJs("""
        const area = this.inputElement;
        requestAnimationFrame(() => { area.focus(); area.setSelectionRange(area.value.length, area.value.length); });""");
  }
}
