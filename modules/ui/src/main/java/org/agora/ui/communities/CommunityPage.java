package org.agora.ui.communities;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.FeedFilter;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.communities.boundary.Communities;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.communities.boundary.Memberships;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.MemberView;
import org.agora.communities.entity.MembershipState;
import org.agora.ideas.boundary.Ideas;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.boundary.Surveys;
import org.agora.ui.events.EventActions;
import org.agora.ui.events.EventDialog;
import org.agora.ui.events.UpcomingEvents;
import org.agora.ui.home.FeedActions;
import org.agora.ui.home.FeedCard;
import org.agora.ui.home.FeedList;
import org.agora.ui.layout.ExternalLink;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Phones;
import org.agora.ui.layout.Refusals;

/**
 * A community: its feed (with a composer for members), members with their roles, bookmarks, and
 * about/guidelines; join, request or leave; owners and moderators answer join requests here.
 */
@Route(value = "communities", layout = MainLayout.class)
public class CommunityPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

  private final Communities communities;
  private final CommunityAccess access;
  private final Memberships memberships;
  private final Feeds feeds;
  private final Posts posts;
  private final Bookmarks bookmarks;
  private final FeedActions actions;
  private final CurrentUser currentUser;
  private long id;

  private String title = "";
  private final Ideas ideas;
  private final Surveys surveys;
  private final EventActions events;
  private final org.agora.announcements.boundary.Announcements announcements;
  private final org.agora.live.boundary.LiveListeners live;

  @Inject
  public CommunityPage(Communities communities, CommunityAccess access, Memberships memberships, Feeds feeds, Posts posts,
      Bookmarks bookmarks, FeedActions actions, CurrentUser currentUser, Ideas ideas, EventActions events, Surveys surveys,
      org.agora.announcements.boundary.Announcements announcements, org.agora.live.boundary.LiveListeners live) {
    this.announcements = announcements;
    this.live = live;
    this.ideas = ideas;
    this.surveys = surveys;
    this.events = events;
    this.communities = communities;
    this.access = access;
    this.memberships = memberships;
    this.feeds = feeds;
    this.posts = posts;
    this.bookmarks = bookmarks;
    this.actions = actions;
    this.currentUser = currentUser;
    setMaxWidth("980px");
  }

  @Override
  public void setParameter(BeforeEvent event, Long communityId) {
    id = communityId;
    show();
  }

  @Override
  public String getPageTitle() {
    return title + " · Agora";
  }

  private void show() {
    removeAll();
    CommunityView community;
    try {
      community = communities.view(currentUser.required(), id);
    } catch (WebApplicationException | Refusal notVisible) {
      title = getTranslation("community.notFound");
      add(new H2(getTranslation("community.notFound")), new Paragraph(getTranslation("community.notFound.text")));
      return;
    }
    title = community.name();
    getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    Span facts = new Span(getTranslation("visibility." + community.visibility().name().toLowerCase())
        + (community.memberCount() == null ? "" // not shown to those who may not see who is in it
            : " · " + getTranslation("community.members.count", community.memberCount()))
        + myState(community));
    facts.addClassName("community-facts");
    facts.getStyle().set("color", "var(--lumo-secondary-text-color)");
    HorizontalLayout header = new HorizontalLayout(new H2(community.name()), membershipButton(community));
    if (surveys.audiences(currentUser.required()).communities().stream().anyMatch(c -> c.id() == id)) {
      // Its owners (and admins) ask the members in a survey; the form starts on this community.
      Button survey = new Button(getTranslation("community.survey"), VaadinIcon.CLIPBOARD_CHECK.create(),
          e -> getUI().ifPresent(ui -> ui.navigate("surveys/new",
              com.vaadin.flow.router.QueryParameters.of("community", String.valueOf(id)))));
      survey.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
      header.add(survey);
    }
    header.setAlignItems(Alignment.BASELINE);
    header.getStyle().set("flex-wrap", "wrap");
    add(header, facts);

    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    boolean canRead = access.canRead(currentUser.required(), id);
    if (canRead) {
      tabs.add(getTranslation("community.tab.feed"), feed(community));
      tabs.add(getTranslation("community.tab.members"), members());
      tabs.add(getTranslation("nav.bookmarks"), bookmarks());
      tabs.add(getTranslation("community.tab.ideas"), new IdeasPanel(ideas, currentUser.required(), id,
          access.canPost(currentUser.required(), id), access.canModerate(currentUser.required(), id)));
      tabs.add(getTranslation("events.title"), events(community));
    }
    tabs.add(getTranslation("community.tab.about"), about(community));
    if (access.canModerate(currentUser.required(), id)) {
      tabs.add(getTranslation("community.tab.requests"), requests());
    }
    add(tabs);
  }

  /** " · you are moderator", " · your request is waiting", " · you are invited": never a role before it is real. */
  private String myState(CommunityView community) {
    if (community.myState() == null) {
      return "";
    }
    return " · " + switch (community.myState()) {
      case ACTIVE -> getTranslation("community.youAre", getTranslation("role." + community.myRole().name().toLowerCase()));
      case REQUESTED -> getTranslation("community.requestPending");
      case INVITED -> getTranslation("community.invitedYou");
    };
  }

  private Component membershipButton(CommunityView community) {
    if (community.myState() == MembershipState.ACTIVE) {
      return new Button(getTranslation("community.leave"), e -> change(() -> memberships.leave(currentUser.required(), id)));
    }
    if (community.myState() == MembershipState.REQUESTED) {
      return new Button(getTranslation("community.withdraw"), e -> change(() -> memberships.leave(currentUser.required(), id)));
    }
    if (community.myState() == MembershipState.INVITED) {
      return new HorizontalLayout(joinButton(community, getTranslation("community.acceptInvitation")),
          new Button(getTranslation("community.declineInvitation"), e -> change(() -> memberships.leave(currentUser.required(), id))));
    }
    return joinButton(community, community.visibility().name().equals("PUBLIC")
        ? getTranslation("community.join") : getTranslation("community.askToJoin"));
  }

  private Button joinButton(CommunityView community, String text) {
    Button join = new Button(text);
    join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    join.addClickListener(e -> {
      if (community.guidelines() == null || community.guidelines().isBlank()) {
        change(() -> memberships.join(currentUser.required(), id, false));
      } else {
        guidelinesDialog(community).open();
      }
    });
    return join;
  }

  /** Joining a community with guidelines means reading and accepting them first. */
  private Dialog guidelinesDialog(CommunityView community) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("community.guidelinesOf", community.name()));
    Checkbox accept = new Checkbox(getTranslation("community.acceptGuidelines"));
    Button join = new Button(getTranslation("community.join"), e -> {
      dialog.close();
      change(() -> memberships.join(currentUser.required(), id, true));
    });
    join.setEnabled(false);
    accept.addValueChangeListener(e -> join.setEnabled(e.getValue()));
    dialog.add(new Paragraph(community.guidelines()), accept);
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), join);
    return dialog;
  }

  private Component feed(CommunityView community) {
    VerticalLayout feed = new VerticalLayout();
    feed.setPadding(false);
    feed.add(new org.agora.ui.announcements.PinnedAnnouncements(announcements, currentUser.required(), id, live));
    if (access.canPost(currentUser.required(), id)) {
      TextArea composer = new TextArea(getTranslation("community.postTo", community.name()));
      composer.setWidthFull();
      composer.setMaxLength(org.agora.activity.boundary.PostRequest.MAX_TEXT);
      org.agora.ui.home.PollEditor poll = new org.agora.ui.home.PollEditor();
      Button post = new Button(getTranslation("home.post"),
          e -> change(() -> posts.post(currentUser.required(), composer.getValue(), id, false, poll.value().orElse(null))));
      post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      post.setEnabled(false);
      composer.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
      composer.addValueChangeListener(e -> post.setEnabled(!e.getValue().isBlank()));
      feed.add(composer, poll, post);
    }
    feed.add(new FeedList((cursor, limit) -> feeds.community(currentUser.required(), id, FeedFilter.ALL, PageRequest.of(limit, cursor)), actions,
        getTranslation("community.noPosts")));
    return feed;
  }

  /** The community's upcoming events; members who may post schedule one here. */
  private Component events(CommunityView community) {
    VerticalLayout panel = new VerticalLayout();
    panel.setPadding(false);
    panel.addClassName("community-events");
    if (access.canPost(currentUser.required(), id)) {
      Button schedule = new Button(getTranslation("events.schedule"), VaadinIcon.CALENDAR.create(),
          e -> new EventDialog(events, java.util.List.of(community), community, event -> getUI().ifPresent(ui -> ui.navigate("events/" + event))).open());
      panel.add(schedule);
    }
    panel.add(new UpcomingEvents(events, id));
    return panel;
  }

  private Component members() {
    Grid<MemberView> grid = new Grid<>();
    grid.addComponentColumn(m -> new Anchor("people/" + m.personId(), m.displayName())).setHeader(getTranslation("column.name")).setAutoWidth(true);
    grid.addColumn(MemberView::department).setHeader(getTranslation("column.department"));
    grid.addColumn(m -> getTranslation("role." + m.role().name().toLowerCase())).setHeader(getTranslation("column.role"));
    grid.setAriaLabel(getTranslation("community.tab.members"));
    Phones.cardsOnPhones(grid, getTranslation("community.tab.members"), m -> Phones.card(
        new Anchor("people/" + m.personId(), m.displayName()), Phones.joined(m.department(), getTranslation("role." + m.role().name().toLowerCase()))));
    grid.setItems(memberships.members(currentUser.required(), id, PageRequest.of(PageRequest.MAX_LIMIT, null)).items());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Component bookmarks() {
    Grid<BookmarkView> grid = new Grid<>();
    grid.addComponentColumn(b -> {
      Anchor link = ExternalLink.to(b.url(), b.title());
      return link;
    }).setHeader(getTranslation("bookmarks.column.link")).setFlexGrow(3);
    grid.addColumn(b -> String.join(", ", b.tags())).setHeader(getTranslation("bookmarks.column.tags"));
    grid.addColumn(b -> b.owner().displayName()).setHeader(getTranslation("bookmarks.column.savedBy"));
    grid.setAriaLabel(getTranslation("nav.bookmarks"));
    Phones.cardsOnPhones(grid, getTranslation("bookmarks.column.link"), b -> Phones.card(
        ExternalLink.to(b.url(), b.title()), String.join(", ", b.tags()), b.owner().displayName()));
    var items = bookmarks.list(currentUser.required(), new Bookmarks.Filter(null, null, id), PageRequest.of(PageRequest.MAX_LIMIT, null))
        .items();
    grid.setItems(items);
    grid.setAllRowsVisible(true);
    return items.isEmpty() ? FeedCard.empty(getTranslation("community.noBookmarks")) : grid;
  }

  private Component about(CommunityView community) {
    VerticalLayout about = new VerticalLayout(new Paragraph(community.description() == null ? "" : community.description()));
    about.setPadding(false);
    if (community.guidelines() != null && !community.guidelines().isBlank()) {
      about.add(new H3(getTranslation("community.guidelines")), new Paragraph(community.guidelines()));
    }
    if (access.canModerate(currentUser.required(), id)) {
      about.add(new Anchor("insights?community=" + id, getTranslation("community.insights")));
    }
    return about;
  }

  private Component requests() {
    Grid<MemberView> grid = new Grid<>();
    grid.addColumn(MemberView::displayName).setHeader(getTranslation("column.name"));
    grid.addColumn(MemberView::department).setHeader(getTranslation("column.department"));
    grid.addComponentColumn(m -> new HorizontalLayout(
        new Button(getTranslation("community.approve"), e -> change(() -> memberships.approve(currentUser.required(), id, m.personId()))),
        new Button(getTranslation("community.decline"), e -> change(() -> memberships.reject(currentUser.required(), id, m.personId())))));
    grid.setAriaLabel(getTranslation("community.tab.requests"));
    Phones.cardsOnPhones(grid, getTranslation("column.name"), m -> {
      var card = Phones.card(new Span(m.displayName()), m.department());
      card.add(new HorizontalLayout(
          new Button(getTranslation("community.approve"), e -> change(() -> memberships.approve(currentUser.required(), id, m.personId()))),
          new Button(getTranslation("community.decline"), e -> change(() -> memberships.reject(currentUser.required(), id, m.personId())))));
      return card;
    });
    var items = memberships.requests(currentUser.required(), id, PageRequest.of(PageRequest.MAX_LIMIT, null)).items();
    grid.setItems(items);
    grid.setAllRowsVisible(true);
    return items.isEmpty() ? FeedCard.empty(getTranslation("community.noRequests")) : grid;
  }

  private void change(Runnable action) {
    try {
      action.run();
      show();
    } catch (WebApplicationException | Refusal refused) {
      Notification.show(Refusals.explain(refused), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
