package org.agora.ui.people;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.agora.people.entity.PersonView;

/** A colleague at a glance, linking to their profile. */
public final class PersonCard extends Composite<RouterLink> {

  public PersonCard(PersonView person) {
    Card card = new Card();
    card.setHeaderPrefix(new Avatar(person.displayName()));
    card.setTitle(person.displayName());
    card.setSubtitle(new Span(person.title() == null ? "" : person.title()));
    card.addThemeVariants(CardVariant.LUMO_OUTLINED);
    card.setSizeFull();
    RouterLink link = getContent();
    link.setRoute(ProfileView.class, ProfileView.of(person.id()));
    link.add(card);
    // A block-level link, so cards in a row stretch to the same height.
    link.getStyle()
        .set("display", "block")
        .set("width", "18rem")
        .set("text-decoration", "none")
        .set("color", "inherit");
  }
}
