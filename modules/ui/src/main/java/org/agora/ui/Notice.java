package org.agora.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A one-line message in place of a list: why it is empty, or that it could not be loaded. */
public final class Notice extends Composite<HorizontalLayout> {

  private Notice(VaadinIcon icon, String text, String color) {
    Icon symbol = icon.create();
    symbol.addClassNames(LumoUtility.IconSize.SMALL);
    HorizontalLayout content = getContent();
    content.add(symbol, new Span(text));
    content.setAlignItems(Alignment.CENTER);
    content.addClassNames(color, LumoUtility.Padding.Vertical.SMALL);
  }

  /** Nothing to show, and that is fine. */
  public static Notice empty(String text) {
    return new Notice(VaadinIcon.INFO_CIRCLE_O, text, LumoUtility.TextColor.SECONDARY);
  }

  /** Something went wrong; the text tells the reader what to do. */
  public static Notice error(String text) {
    return new Notice(VaadinIcon.WARNING, text, LumoUtility.TextColor.ERROR);
  }
}
