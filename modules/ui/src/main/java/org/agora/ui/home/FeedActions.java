package org.agora.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.boundary.Polls;
import org.agora.activity.boundary.Posts;
import org.agora.activity.boundary.Reactions;
import org.agora.activity.entity.FeedItem;
import org.agora.activity.entity.PollView;
import org.agora.activity.entity.ReactionKind;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.events.boundary.Events;
import org.agora.events.entity.EventView;
import org.agora.governance.boundary.Moderation;
import org.agora.governance.boundary.ReportRequest;
import org.agora.governance.entity.ReportReason;
import org.agora.governance.entity.TargetType;
import org.agora.live.boundary.LiveListeners;
import org.agora.live.entity.BusEvent;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.search.boundary.Search;
import org.agora.ui.layout.LiveUpdates;
import org.agora.ui.layout.Refusals;

/**
 * What a reader does with a stream item from any feed view: like, read and write comments, vote in
 * a poll, accept an answer, report.
 */
@Dependent
public class FeedActions {

  /** Comments shown under a card before "show all". */
  static final int LATEST = 2;
  /** Comments loaded per "show more" in a thread. */
  static final int THREAD_PAGE = 20;

  @Inject Posts posts;
  @Inject Reactions reactions;
  @Inject Polls polls;
  @Inject Feeds feeds;
  @Inject Moderation moderation;
  @Inject PersonDirectory directory;
  @Inject Search search;
  @Inject CurrentUser currentUser;
  @Inject Bookmarks bookmarks;
  @Inject Events events;
  @Inject LiveListeners live;

  /**
   * The reader, taken when the view is built (in a request): live updates run on the cluster
   * bus's thread, where there is no request and so no caller to ask the security context about.
   */
  private AgoraPrincipal reader;

  @PostConstruct
  void takeReader() {
    reader = currentUser.required();
  }

  /** Likes the item, or takes the like back; answers whether it is liked now. */
  boolean toggleLike(long activityId, boolean liked) {
    return Refusals.attempt(() -> {
      if (liked) {
        reactions.withdraw(reader, activityId);
      } else {
        reactions.react(reader, activityId, ReactionKind.LIKE);
      }
    }) ? !liked : liked;
  }

  /** Writes a comment; its id, or null when refused (the reader was told why). */
  Long comment(long postId, String text) {
    long[] id = new long[1];
    return Refusals.attempt(() -> id[0] = posts.comment(reader, postId, text)) ? id[0] : null;
  }

  /** Votes in a post's poll (or changes the vote); whether it went through. */
  boolean vote(long postId, List<Long> options) {
    return Refusals.attempt(() -> polls.vote(reader, postId, options));
  }

  boolean withdrawVote(long postId) {
    return Refusals.attempt(() -> polls.withdraw(reader, postId));
  }

  /** Who chose what in a named poll; nothing when that is refused (the poll went meanwhile). */
  List<Polls.OptionVoters> voters(long postId) {
    try {
      return polls.voters(reader, postId);
    } catch (WebApplicationException | Refusal refused) {
      return List.of();
    }
  }

  /** The post's poll as it is now, unless the post went meanwhile. */
  Optional<PollView> poll(long postId) {
    try {
      return Optional.ofNullable(thread(postId).post().poll());
    } catch (WebApplicationException | Refusal gone) {
      return Optional.empty();
    }
  }

  boolean acceptAnswer(long questionId, long commentId) {
    return Refusals.attempt(() -> posts.acceptAnswer(reader, questionId, commentId));
  }

  /** The newest comments under each of a feed page's posts, in one query. */
  Map<Long, List<FeedItem>> latestComments(Collection<Long> postIds) {
    try {
      return feeds.latestComments(reader, postIds, LATEST);
    } catch (RuntimeException e) {
      return Map.of(); // the cards still show; their threads open on demand
    }
  }

  /** The comments of a post after the one with {@code afterId} (0: from the start), oldest first. */
  Page<FeedItem> commentsAfter(long postId, long afterId) {
    return feeds.comments(reader, postId, new PageRequest(THREAD_PAGE, afterId == 0 ? null : afterId));
  }

  /** The post (or the post of a comment) with the first page of its thread. */
  public Feeds.Thread thread(long id) {
    return feeds.thread(reader, id);
  }

  /** The bookmark a "saved a link" item points at ({@code bookmark:<id>}), if the reader may see it. */
  Optional<BookmarkView> bookmark(String ref) {
    return referenced(ref, "bookmark:", id -> bookmarks.get(reader, id));
  }

  /** The event a "scheduled an event" item points at ({@code event:<id>}), if the reader may see it. */
  Optional<EventView> event(String ref) {
    return referenced(ref, "event:", id -> events.get(reader, id));
  }

  /** What another module's stream item stands for; empty when the reference is not of that kind, gone or hidden. */
  private static <T> Optional<T> referenced(String ref, String kind, java.util.function.LongFunction<T> load) {
    if (ref == null || !ref.startsWith(kind)) {
      return Optional.empty();
    }
    try {
      return Optional.of(load.apply(Long.parseLong(ref.substring(kind.length()))));
    } catch (RuntimeException goneOrHidden) {
      return Optional.empty();
    }
  }

  boolean report(long activityId, boolean comment, ReportReason reason, String note) {
    ReportRequest request = new ReportRequest();
    request.targetType = comment ? TargetType.COMMENT : TargetType.POST;
    request.targetId = activityId;
    request.reason = reason;
    request.note = note;
    return Refusals.attempt(() -> moderation.report(reader, request));
  }

  Completions completions(TextArea text) {
    return new Completions(text, directory, search, currentUser);
  }

  long me() {
    return reader.id();
  }

  /** Live events while the component is on screen (new comments and reactions for a card). */
  void whileShown(Component component, BiConsumer<UI, BusEvent> listener) {
    LiveUpdates.whileAttached(component, live, listener);
  }
}
