package org.agora.ui.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.FeedFilter;
import org.agora.communities.boundary.Communities;
import org.agora.communities.boundary.CommunityDirectory;
import org.agora.communities.entity.CommunityView;
import org.agora.live.boundary.LiveListeners;
import org.agora.live.entity.BusEvent;
import org.agora.people.boundary.Following;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.search.boundary.Search;
import org.agora.events.entity.OccurrenceView;
import org.agora.surveys.boundary.Surveys;
import org.agora.surveys.entity.SurveyState;
import org.agora.surveys.entity.SurveySummary;
import org.agora.ui.events.EventActions;
import org.agora.ui.layout.LiveUpdates;
import org.agora.ui.layout.MainLayout;

/**
 * Home: a composer and the home feed (people, communities and tags I follow), growing as one
 * scrolls; beside it on wide screens, trending tags and colleagues and communities to follow.
 */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements HasDynamicTitle {

  static final int PAGE = 20;

  private final Feeds feeds;
  private final AgoraPrincipal reader;
  private final FeedList stream;
  private final Button newPosts = new Button();
  private final Set<Long> arrived = ConcurrentHashMap.newKeySet();

  @Inject
  public HomeView(Feeds feeds, Posts posts, Communities communities, PersonDirectory directory, Search search,
      CurrentUser currentUser, FeedActions actions, LiveListeners live, Following following,
      CommunityDirectory communityDirectory, EventActions events, Surveys surveys,
      org.agora.onboarding.boundary.Onboarding onboarding,
      org.agora.announcements.boundary.Announcements announcements) {
    this.feeds = feeds;
    this.reader = currentUser.required();
    getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("align-items", "flex-start")
        .set("padding-right", "var(--lumo-space-m)");
    VerticalLayout column = new VerticalLayout();
    column.getStyle().set("flex", "1 1 0").set("min-width", "0").set("max-width", "760px");
    List<CommunityView> mine = myCommunities(communities);
    Composer composer = new Composer(directory, search, currentUser, mine, (text, communityId, poll) -> {
      try {
        posts.post(reader, text, communityId, false, poll);
        refresh();
        return true;
      } catch (WebApplicationException | Refusal e) {
        Notification.show(org.agora.ui.layout.Refusals.explain(e), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        return false;
      }
    });
    newPosts.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
    newPosts.addClassName("new-posts");
    newPosts.setVisible(false);
    newPosts.addClickListener(e -> refresh());
    stream = new FeedList((cursor, limit) -> feeds.home(reader, FeedFilter.ALL, PageRequest.of(limit, cursor)), actions,
        getTranslation("home.empty"));
    column.add(new H2(getTranslation("home.title")),
        new org.agora.ui.announcements.PinnedAnnouncements(announcements, reader, null, live),
        new org.agora.ui.onboarding.WelcomePanel(onboarding, reader), composer,
        newPosts, stream);
    add(column, new HomeAside(new HomeAside.Sources() {
      @Override
      public List<String> trendingTags() {
        return search.trendingTags(reader, 7, 8);
      }

      @Override
      public List<PersonView> peopleToFollow() {
        return following.suggestions(reader.id(), 5).stream().map(id -> directory.person(reader, id)).toList();
      }

      @Override
      public List<CommunityView> communitiesForMe() {
        return communityDirectory.recommended(reader).stream().limit(5).toList();
      }

      @Override
      public List<OccurrenceView> upcomingEvents() {
        return events.next(3);
      }

      @Override
      public List<SurveySummary> surveysToAnswer() {
        return surveys.list(reader).stream()
            .filter(s -> s.asked() && !s.answered() && s.state() == SurveyState.OPEN).limit(3).toList();
      }

      @Override
      public boolean follow(long personId) {
        try {
          following.follow(reader.id(), personId);
          return true;
        } catch (WebApplicationException | Refusal refused) {
          return false;
        }
      }
    }));
    LiveUpdates.whileAttached(this, live, this::announceIfMine);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.title") + " · Agora";
  }

  private List<CommunityView> myCommunities(Communities communities) {
    try {
      return communities.list(reader, new Communities.Filter(null, null, null, true), PageRequest.of(PageRequest.MAX_LIMIT, null))
          .items();
    } catch (RuntimeException e) {
      return List.of(); // posting to my profile still works
    }
  }

  /**
   * While the view is open, new posts in this person's home feed are announced by Vaadin Push as
   * "3 new posts" rather than pushed into the list, so nothing jumps while they read.
   */
  private void announceIfMine(UI ui, BusEvent bus) {
    if (!BusEvent.ACTIVITY.equals(bus.kind()) || !"created".equals(bus.change()) || bus.parentId() != null
        || bus.activityId() == null || bus.actorId() == null || bus.actorId() == reader.id()) {
      return;
    }
    // The stored home timeline says whether it belongs to this reader (and they may see it).
    boolean mine = feeds.homeHolds(reader, bus.activityId(), PAGE);
    if (mine && arrived.add(bus.activityId())) {
      ui.access(this::showNewPosts);
    }
  }

  private void showNewPosts() {
    newPosts.setText(getTranslation("home.newPosts", arrived.size()));
    newPosts.setVisible(true);
  }

  private void refresh() {
    arrived.clear();
    newPosts.setVisible(false);
    stream.reload();
  }
}
