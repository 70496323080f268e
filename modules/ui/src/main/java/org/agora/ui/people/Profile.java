package org.agora.ui.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.people.entity.PersonView;
import org.agora.ui.Notice;

/** What a profile shows: who someone is, how to reach them, what they know. */
class Profile extends VerticalLayout {

  Profile(PersonView person) {
    setPadding(false);
    Avatar avatar = new Avatar(person.displayName());
    avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
    String department = person.department() == null ? null : person.department().name();
    Span role =
        new Span(
            Stream.of(person.title(), department)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · ")));
    role.addClassNames(LumoUtility.TextColor.SECONDARY);
    VerticalLayout heading = new VerticalLayout(new H2(person.displayName()), role);
    heading.setPadding(false);
    heading.setSpacing(false);

    add(
        new HorizontalLayout(Alignment.CENTER, avatar, heading),
        fact(VaadinIcon.MAP_MARKER, person.location() == null ? null : new Span(person.location())),
        fact(VaadinIcon.ENVELOPE_O, link("mailto:", person.email())),
        fact(VaadinIcon.PHONE, link("tel:", person.phone())),
        new H3("About"),
        person.about() == null || person.about().isBlank()
            ? Notice.empty("Nothing here yet.")
            : new Paragraph(person.about()),
        new H3("Skills"),
        person.skills().isEmpty() ? Notice.empty("No skills listed yet.") : badges(person));
  }

  private static Component badges(PersonView person) {
    HorizontalLayout skills = new HorizontalLayout();
    skills.setWrap(true);
    for (String skill : person.skills()) {
      Span badge = new Span(skill);
      badge.getElement().setAttribute("theme", "badge pill");
      skills.add(badge);
    }
    return skills;
  }

  private static Component fact(VaadinIcon icon, Component value) {
    Icon symbol = icon.create();
    symbol.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.IconSize.SMALL);
    return new HorizontalLayout(Alignment.CENTER, symbol, value == null ? new Span("–") : value);
  }

  private static Component link(String scheme, String value) {
    return value == null || value.isBlank() ? null : new Anchor(scheme + value, value);
  }
}
