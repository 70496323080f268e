package org.agora.activity.control;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.activity.entity.FeedItem;
import org.agora.platform.boundary.Page;

/**
 * Maps feed items to W3C Activity Streams 2.0: each item becomes an activity (Create, Announce,
 * Join, Follow, Like...) with its actor, object, target and published time, and a page becomes an
 * {@code OrderedCollectionPage}. Ids are absolute URLs of the API.
 */
public final class ActivityStreams {

  public static final String MEDIA_TYPE = "application/activity+json";
  public static final String CONTEXT = "https://www.w3.org/ns/activitystreams";

  private ActivityStreams() {}

  public static Map<String, Object> page(Page<FeedItem> page, URI self, URI next, URI base) {
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("@context", CONTEXT);
    collection.put("id", self.toString());
    collection.put("type", "OrderedCollectionPage");
    if (next != null) {
      collection.put("next", next.toString());
    }
    collection.put("orderedItems", page.items().stream().map(i -> activity(i, base)).toList());
    return collection;
  }

  public static Map<String, Object> activity(FeedItem item, URI base) {
    Map<String, Object> activity = new LinkedHashMap<>();
    activity.put("id", url(base, "api/v1/activities/" + item.id()));
    activity.put("type", verb(item));
    activity.put("actor", person(item.actor(), base));
    activity.put("published", item.createdAt().toString());
    switch (item.type()) {
      case POST, COMMENT -> activity.put("object", note(item, base));
      case SHARE -> {
        if (item.shared() != null) {
          activity.put("object", note(item.shared(), base));
        }
        if (item.html() != null) {
          activity.put("content", item.html());
        }
      }
      case FOLLOWED, ENDORSED -> {
        if (item.target() != null) {
          activity.put("object", person(item.target(), base));
        }
        if (item.objectRef() != null) {
          activity.put("summary", item.objectRef());
        }
      }
      case JOINED, BOOKMARKED, SCHEDULED -> {
        if (item.objectRef() != null) {
          activity.put("object", Map.of("type", "Link", "href", item.objectRef()));
        }
      }
    }
    if (item.community() != null) {
      activity.put("target", group(item.community(), base));
    }
    return activity;
  }

  private static String verb(FeedItem item) {
    return switch (item.type()) {
      case POST, COMMENT -> "Create";
      case SHARE -> "Announce";
      case JOINED -> "Join";
      case FOLLOWED -> "Follow";
      case ENDORSED -> "Like";
      case BOOKMARKED -> "Add";
      case SCHEDULED -> "Create";
    };
  }

  private static Map<String, Object> note(FeedItem item, URI base) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("id", url(base, "api/v1/posts/" + item.id()));
    note.put("type", item.question() ? "Question" : "Note");
    note.put("url", url(base, "posts/" + item.id())); // the page people open in the web app
    note.put("attributedTo", url(base, "api/v1/people/" + item.actor().id()));
    note.put("content", item.html());
    note.put("mediaType", "text/html");
    note.put("published", item.createdAt().toString());
    if (item.editedAt() != null) {
      note.put("updated", item.editedAt().toString());
    }
    if (item.parentId() != null) {
      note.put("inReplyTo", url(base, "api/v1/posts/" + item.parentId()));
    }
    if (!item.tags().isEmpty()) {
      note.put("tag", item.tags().stream()
          .map(t -> Map.of("type", "Hashtag", "name", "#" + t, "href", url(base, "api/v1/tags/" + t + "/feed")))
          .toList());
    }
    note.put("replies", Map.of("type", "Collection", "totalItems", item.comments()));
    if (item.poll() != null) {
      poll(note, item.poll());
    }
    return note;
  }

  /**
   * A poll makes the post a {@code Question}: its answers under {@code oneOf} (one answer) or
   * {@code anyOf} (several), each a {@code Note} whose replies count its votes, as ActivityPub
   * servers render polls; {@code endTime} or {@code closed} when voting ends or has ended.
   */
  private static void poll(Map<String, Object> note, org.agora.activity.entity.PollView poll) {
    note.put("type", "Question");
    note.put(poll.multiple() ? "anyOf" : "oneOf", poll.options().stream()
        .map(o -> Map.of("type", "Note", "name", o.text(), "replies", Map.of("type", "Collection", "totalItems", o.votes())))
        .toList());
    note.put("votersCount", poll.voters());
    if (poll.closesAt() != null) {
      note.put(poll.closed() ? "closed" : "endTime", poll.closesAt().toString());
    }
  }

  private static Map<String, Object> person(FeedItem.PersonRef person, URI base) {
    return Map.of(
        "type", "Person",
        "id", url(base, "api/v1/people/" + person.id()),
        "url", url(base, "people/" + person.id()),
        "name", person.displayName(),
        "preferredUsername", person.username());
  }

  private static Map<String, Object> group(FeedItem.CommunityRef community, URI base) {
    return Map.of("type", "Group", "id", url(base, "api/v1/communities/" + community.id()),
        "url", url(base, "communities/" + community.id()), "name", community.name());
  }

  private static String url(URI base, String path) {
    return base.resolve(path).toString();
  }

  /** Whether a client asked for Activity Streams rather than plain JSON. */
  public static boolean wanted(List<jakarta.ws.rs.core.MediaType> accepted) {
    return accepted.stream().anyMatch(m -> MEDIA_TYPE.equals(m.getType() + "/" + m.getSubtype()));
  }
}
