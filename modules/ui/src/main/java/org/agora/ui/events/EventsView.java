package org.agora.ui.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import org.agora.communities.boundary.CommunityDirectory;
import org.agora.communities.entity.CommunityView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.layout.MainLayout;

/**
 * {@code /events}: what is coming up in the next 90 days among the events the reader may see
 * (personal ones, and those of communities they read), by day, each with its answers, or a month
 * as a calendar; "Schedule an
 * event" opens the form, "Subscribe in your calendar app" gives the personal feed's address.
 */
@Route(value = "events", layout = MainLayout.class)
public class EventsView extends VerticalLayout implements HasDynamicTitle {

  private final EventActions actions;

  @Inject
  public EventsView(EventActions actions, CommunityDirectory communities, CurrentUser currentUser) {
    this.actions = actions;
    addClassName("events-view");
    setMaxWidth("760px");
    List<CommunityView> mine = myCommunities(communities, currentUser);
    Button schedule = new Button(getTranslation("events.schedule"), VaadinIcon.CALENDAR.create(),
        e -> new EventDialog(actions, mine, null, id -> getUI().ifPresent(ui -> ui.navigate("events/" + id))).open());
    schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button subscribe = new Button(getTranslation("events.subscribe"), VaadinIcon.LINK.create(), e -> subscribeDialog().open());
    subscribe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout tools = new HorizontalLayout(schedule, subscribe);
    tools.getStyle().set("flex-wrap", "wrap");
    UpcomingEvents upcoming = new UpcomingEvents(actions, null);
    Tab list = new Tab(getTranslation("events.view.list"));
    Tab month = new Tab(getTranslation("events.view.month"));
    Tabs views = new Tabs(list, month);
    views.addClassName("events-views");
    Div shown = new Div(upcoming);
    shown.setWidthFull();
    views.addSelectedChangeListener(e -> {
      shown.removeAll();
      shown.add(e.getSelectedTab() == month ? new MonthCalendar(actions) : upcoming);
    });
    add(new H2(getTranslation("events.title")), tools, views, shown);
  }

  /**
   * The personal calendar feed: a new address (the old one stops working) that a calendar app
   * subscribes to, or stopping it. The address is its own password, so it is shown once.
   */
  private Dialog subscribeDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("events.subscribe"));
    dialog.addClassName("subscribe-dialog");
    Paragraph what = new Paragraph(getTranslation("events.subscribeWhat"));
    TextField address = new TextField(getTranslation("events.feedAddress"));
    address.setReadOnly(true);
    address.setWidthFull();
    address.setVisible(false);
    address.addClassName("feed-address");
    Button create = new Button(getTranslation("events.feedCreate"), e -> actions.newFeed().ifPresent(url -> {
      address.setValue(url);
      address.setVisible(true);
    }));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button stop = new Button(getTranslation("events.feedStop"), e -> {
      if (actions.stopFeed()) {
        address.clear();
        address.setVisible(false);
        Notification.show(getTranslation("events.feedStopped"), 3000,
            Notification.Position.BOTTOM_START);
      }
    });
    stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    dialog.add(new VerticalLayout(what, address));
    dialog.getFooter().add(stop, new Button(getTranslation("common.close"), e -> dialog.close()), create);
    return dialog;
  }

  private static List<CommunityView> myCommunities(CommunityDirectory communities, CurrentUser currentUser) {
    try {
      return communities.communitiesOf(currentUser.required(), currentUser.required().id());
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("events.title") + " · Agora";
  }
}
