package org.agora.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.agora.governance.entity.CaseStatus;
import org.agora.governance.entity.Decision;
import org.agora.governance.entity.ModerationCase;
import org.agora.ui.layout.Times;

/**
 * One case in the queue: what was reported (a link and its opening words), by how many and why,
 * and the decisions a moderator can take with a note the author reads.
 */
class CaseCard extends Div {

  /** Takes the decision; answers whether it went through. */
  interface Decider {
    boolean decide(ModerationCase found, Decision decision, String note);
  }

  CaseCard(ModerationCase found, String authorName, String excerpt, Decider decider) {
    addClassName("moderation-case");
    getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("display", "flex").set("flex-direction", "column")
        .set("gap", "var(--lumo-space-xs)");
    String type = found.targetType().name().toLowerCase(Locale.ROOT);
    Span kind = new Span(getTranslation("moderation.type." + type));
    kind.getElement().getThemeList().add("badge contrast small");
    Span head = new Span(kind, new Span(" " + getTranslation("moderation.by", authorName) + " · "
        + getTranslation("moderation.reports", found.reportCount()) + " · " + Times.relative(found.openedAt(), getLocale())));
    add(head);
    String link = link(found);
    if (excerpt != null) {
      Paragraph quote = new Paragraph(excerpt);
      quote.addClassName("moderation-excerpt");
      quote.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-s)")
          .set("border-left", "3px solid var(--lumo-contrast-20pct)").set("overflow-wrap", "anywhere");
      add(quote);
    }
    if (link != null) {
      add(new Anchor(link, getTranslation("moderation.open." + type)));
    }
    UnorderedList reasons = new UnorderedList();
    reasons.addClassName("moderation-reasons");
    found.reasons().forEach(reason -> reasons.add(new ListItem(reason(reason))));
    add(reasons);
    if (found.decisionNote() != null) {
      add(new Paragraph(getTranslation("moderation.note.was", found.decisionNote())));
    }
    TextField note = new TextField(getTranslation("moderation.note"));
    note.setMaxLength(1000);
    note.setWidthFull();
    HorizontalLayout decisions = new HorizontalLayout();
    decisions.getStyle().set("flex-wrap", "wrap");
    for (Decision decision : decisionsFor(found.status())) {
      Button button = new Button(getTranslation("moderation.decide." + decision.name().toLowerCase(Locale.ROOT)),
          e -> decider.decide(found, decision, note.getValue()));
      if (decision == Decision.DELETE) {
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
      }
      decisions.add(button);
    }
    add(note, decisions);
  }

  /** Open cases can be hidden, deleted or dismissed; hidden ones restored or deleted for good. */
  private static Decision[] decisionsFor(CaseStatus status) {
    return switch (status) {
      case OPEN -> new Decision[] {Decision.HIDE, Decision.DELETE, Decision.DISMISS};
      case HIDDEN -> new Decision[] {Decision.RESTORE, Decision.DELETE};
      case RESTORED, DISMISSED -> new Decision[] {Decision.HIDE, Decision.DELETE};
      case DELETED -> new Decision[0];
    };
  }

  private static String link(ModerationCase found) {
    return switch (found.targetType()) {
      case POST, COMMENT -> "posts/" + found.targetId();
      case PROFILE -> "people/" + found.targetId();
      case BOOKMARK -> null;
    };
  }

  /** "SPAM: note" as the reader's language says it. */
  private String reason(String stored) {
    int colon = stored.indexOf(':');
    String code = colon < 0 ? stored : stored.substring(0, colon);
    String label = getTranslation("report.reason." + code.toLowerCase(Locale.ROOT));
    return colon < 0 ? label : label + ":" + stored.substring(colon + 1);
  }
}
