package org.agora.ui.communities;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import org.agora.ideas.boundary.Ideas;
import org.agora.ideas.entity.IdeaStatus;
import org.agora.ideas.entity.IdeaView;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.ui.home.FeedCard;
import org.agora.ui.layout.Refusals;
import org.agora.ui.layout.Times;

/**
 * A community's ideas: propose one, vote it up or down (once, changeable), see where each stands;
 * moderators move them along (voters are told). Each idea is a post: "Discuss" opens its page.
 */
class IdeasPanel extends VerticalLayout {

  private final Ideas ideas;
  private final AgoraPrincipal reader;
  private final long communityId;
  private final boolean moderator;
  private final Select<Ideas.Sort> sort = new Select<>();
  private final Div list = new Div();

  IdeasPanel(Ideas ideas, AgoraPrincipal reader, long communityId, boolean member, boolean moderator) {
    this.ideas = ideas;
    this.reader = reader;
    this.communityId = communityId;
    this.moderator = moderator;
    addClassName("ideas");
    setPadding(false);
    if (member) {
      TextArea text = new TextArea(getTranslation("ideas.propose.label"));
      text.setWidthFull();
      text.setMaxLength(10_000);
      text.setValueChangeMode(ValueChangeMode.EAGER);
      text.addClassName("idea-text");
      Button propose = new Button(getTranslation("ideas.propose"), e -> {
        if (Refusals.attempt(() -> ideas.propose(reader, communityId, text.getValue()))) {
          text.clear();
          sort.setValue(Ideas.Sort.NEW);
          load();
        }
      });
      propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      propose.setEnabled(false);
      text.addValueChangeListener(e -> propose.setEnabled(!e.getValue().isBlank()));
      add(text, propose);
    }
    sort.setLabel(getTranslation("ideas.sort"));
    sort.setItems(Ideas.Sort.values());
    sort.setItemLabelGenerator(s -> getTranslation("ideas.sort." + s.name().toLowerCase(Locale.ROOT)));
    sort.setValue(Ideas.Sort.HOT);
    sort.addValueChangeListener(e -> load());
    list.setWidthFull();
    list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    add(sort, list);
    load();
  }

  private void load() {
    list.removeAll();
    try {
      var found = ideas.list(reader, communityId, sort.getValue(), null, 50);
      found.forEach(idea -> list.add(card(idea)));
      if (found.isEmpty()) {
        list.add(FeedCard.empty(getTranslation("ideas.none")));
      }
    } catch (RuntimeException e) {
      list.add(FeedCard.empty(getTranslation("list.error")));
    }
  }

  private Div card(IdeaView idea) {
    Div card = new Div();
    card.addClassName("idea-card");
    card.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("padding", "var(--lumo-space-s)")
        .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
    String plain = idea.html().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    String about = plain.length() <= 40 ? plain : plain.substring(0, 39) + "…";
    Button up = vote(idea, 1, "▲", getTranslation("ideas.up", about));
    Button down = vote(idea, -1, "▼", getTranslation("ideas.down", about));
    Span score = new Span(String.valueOf(idea.score()));
    score.addClassName("idea-score");
    score.getElement().setAttribute("aria-label", getTranslation("ideas.score", idea.score(), idea.votes()));
    VerticalLayout votes = new VerticalLayout(up, score, down);
    votes.setPadding(false);
    votes.setSpacing(false);
    votes.setAlignItems(Alignment.CENTER);
    votes.setWidth("auto");
    Div body = new Div();
    body.getStyle().set("flex", "1").set("min-width", "0").set("overflow-wrap", "anywhere");
    Span status = new Span(getTranslation("ideas.status." + idea.status().name().toLowerCase(Locale.ROOT)));
    status.addClassName("idea-status");
    status.getElement().getThemeList().add(idea.status() == IdeaStatus.DONE ? "badge success"
        : idea.status() == IdeaStatus.DECLINED ? "badge error" : "badge");
    Span who = new Span(" " + idea.authorName() + " · " + Times.relative(idea.createdAt(), getLocale()) + " · ");
    who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    body.add(new Div(status, who, new Anchor("posts/" + idea.id(), getTranslation("ideas.discuss"))));
    body.add(new Html("<div class=\"feed-text\">" + idea.html() + "</div>"));
    if (idea.statusNote() != null) {
      Div note = new Div(getTranslation("ideas.note", idea.statusNote()));
      note.getStyle().set("font-style", "italic");
      body.add(note);
    }
    if (moderator) {
      Select<IdeaStatus> move = new Select<>();
      move.setLabel(getTranslation("ideas.move"));
      move.setItems(IdeaStatus.values());
      move.setItemLabelGenerator(s -> getTranslation("ideas.status." + s.name().toLowerCase(Locale.ROOT)));
      move.setValue(idea.status());
      move.addValueChangeListener(e -> {
        if (e.isFromClient() && e.getValue() != null && Refusals.attempt(() -> ideas.setStatus(reader, idea.id(), e.getValue(), null))) {
          load();
        }
      });
      body.add(move);
    }
    card.add(votes, body);
    return card;
  }

  /** ▲ or ▼: pressed when it is my vote; pressing it again takes the vote back. */
  private Button vote(IdeaView idea, int value, String symbol, String name) {
    boolean mine = idea.myVote() == value;
    Button button = new Button(symbol, e -> {
      if (Refusals.attempt(() -> ideas.vote(reader, idea.id(), mine ? 0 : value))) {
        load();
      }
    });
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    if (mine) {
      button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    button.getElement().setAttribute("aria-pressed", String.valueOf(mine));
    button.getElement().setAttribute("aria-label", symbol + " " + name);
    return button;
  }

}
