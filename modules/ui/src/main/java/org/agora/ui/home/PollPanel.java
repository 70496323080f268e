package org.agora.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.agora.activity.boundary.Polls;
import org.agora.activity.entity.PollView;
import org.agora.activity.entity.PollView.Option;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/**
 * A post's poll on its card: the answers to choose from while the reader may vote, otherwise (and
 * on "Show results") each answer's votes with a bar, the reader's own marked; in a named poll the
 * reader may change or withdraw their vote until it closes and see who voted for what.
 */
class PollPanel extends VerticalLayout {

  private final long postId;
  private final FeedActions actions;
  private PollView poll;
  private boolean voting;
  private Component footer;

  PollPanel(long postId, PollView poll, FeedActions actions) {
    this.postId = postId;
    this.actions = actions;
    addClassName("poll");
    setPadding(false);
    setSpacing(false);
    getElement().setAttribute("role", "group");
    getElement().setAttribute("aria-label", Texts.t("poll.label"));
    getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "var(--lumo-space-m)")
        .set("margin", "var(--lumo-space-s) 0");
    show(poll, poll.votable() && !poll.voted());
  }

  /** Fresh counts from a live update; a reader in the middle of choosing keeps their choice on screen. */
  void update(PollView fresh) {
    if (fresh.equals(poll)) {
      return; // the live note of one's own vote: rebuilding would swallow a click on the panel
    }
    if (voting) {
      poll = fresh;
      Component next = footer();
      replace(footer, next);
      footer = next;
    } else {
      show(fresh, false);
    }
  }

  private void show(PollView shown, boolean asForm) {
    poll = shown;
    voting = asForm && poll.votable();
    removeAll();
    if (voting) {
      add(form());
    } else {
      poll.options().forEach(o -> add(result(o)));
    }
    footer = footer();
    add(footer);
  }

  private Component form() {
    Button vote = new Button(Texts.t("poll.vote"));
    vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    vote.setEnabled(false);
    Component choices;
    Supplier<List<Long>> chosen;
    if (poll.multiple()) {
      CheckboxGroup<Option> group = new CheckboxGroup<>(Texts.t("poll.chooseSeveral"));
      group.setItems(poll.options());
      group.setItemLabelGenerator(Option::text);
      group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
      group.setValue(Set.copyOf(poll.options().stream().filter(o -> poll.myChoice().contains(o.id())).toList()));
      group.addValueChangeListener(e -> vote.setEnabled(!e.getValue().isEmpty()));
      chosen = () -> group.getValue().stream().map(Option::id).sorted().toList();
      choices = group;
    } else {
      RadioButtonGroup<Option> group = new RadioButtonGroup<>(Texts.t("poll.chooseOne"));
      group.setItems(poll.options());
      group.setItemLabelGenerator(Option::text);
      group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
      poll.options().stream().filter(o -> poll.myChoice().contains(o.id())).findFirst().ifPresent(group::setValue);
      group.addValueChangeListener(e -> vote.setEnabled(e.getValue() != null));
      chosen = () -> group.getValue() == null ? List.of() : List.of(group.getValue().id());
      choices = group;
    }
    vote.setEnabled(!chosen.get().isEmpty());
    vote.addClickListener(e -> {
      List<Long> options = chosen.get();
      if (!options.isEmpty() && actions.vote(postId, options)) {
        show(actions.poll(postId).orElse(poll), false);
      }
    });
    Button other = new Button(Texts.t(poll.voted() ? "common.cancel" : "poll.showResults"), e -> show(poll, false));
    other.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    VerticalLayout form = new VerticalLayout(choices, new HorizontalLayout(vote, other));
    form.setPadding(false);
    form.setSpacing(false);
    return form;
  }

  private Component result(Option option) {
    boolean mine = poll.myChoice().contains(option.id());
    Span text = new Span(option.text() + (mine ? " ✓ " + Texts.t("poll.mine") : ""));
    if (mine) {
      text.getStyle().set("font-weight", "600");
    }
    Span votes = new Span(Texts.t("poll.votes", option.votes(), poll.percent(option)));
    votes.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    HorizontalLayout line = new HorizontalLayout(text, votes);
    line.setJustifyContentMode(JustifyContentMode.BETWEEN);
    line.setWidthFull();
    line.getStyle().set("flex-wrap", "wrap");
    ProgressBar bar = new ProgressBar(0, 100, poll.percent(option));
    bar.getElement().setAttribute("aria-label", option.text());
    Div answer = new Div(line, bar);
    answer.addClassName("poll-result");
    answer.setWidthFull();
    return answer;
  }

  private Component footer() {
    List<String> facts = new ArrayList<>();
    facts.add(Texts.t("poll.people", poll.voters()));
    facts.add(Texts.t(poll.anonymous() ? "poll.anonymousNote" : "poll.namedNote"));
    if (poll.closesAt() != null) {
      facts.add(poll.closed() ? Texts.t("poll.closed") : Texts.t("poll.closes", Times.exact(poll.closesAt(), getLocale())));
    }
    if (poll.anonymous() && poll.voted()) {
      facts.add(Texts.t("poll.votedAnonymously"));
    }
    Span status = new Span(String.join(" · ", facts));
    status.addClassName("poll-status");
    status.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    HorizontalLayout footer = new HorizontalLayout(status);
    footer.setAlignItems(Alignment.BASELINE);
    footer.getStyle().set("flex-wrap", "wrap");
    if (!voting && poll.votable()) {
      footer.add(small(Texts.t(poll.voted() ? "poll.change" : "poll.vote"), () -> show(poll, true)));
    }
    if (!voting && !poll.closed() && !poll.anonymous() && poll.voted()) {
      footer.add(small(Texts.t("poll.withdraw"), () -> {
        if (actions.withdrawVote(postId)) {
          show(actions.poll(postId).orElse(poll), true);
        }
      }));
    }
    if (!poll.anonymous() && poll.voters() > 0) {
      footer.add(small(Texts.t("poll.voters"), () -> voters().open()));
    }
    return footer;
  }

  private Dialog voters() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(Texts.t("poll.voters"));
    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    for (Polls.OptionVoters option : actions.voters(postId)) {
      list.add(new H4(option.text() + " (" + option.voters().size() + ")"));
      Div names = new Div();
      option.voters().forEach(p -> {
        if (names.getComponentCount() > 0) names.add(new Span(", "));
        names.add(new Anchor("people/" + p.id(), p.displayName()));
      });
      list.add(names);
    }
    dialog.add(list);
    dialog.getFooter().add(new Button(Texts.t("common.close"), e -> dialog.close()));
    return dialog;
  }

  private static Button small(String text, Runnable action) {
    Button button = new Button(text, e -> action.run());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return button;
  }
}
