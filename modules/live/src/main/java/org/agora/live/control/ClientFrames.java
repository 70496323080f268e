package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.agora.activity.boundary.Readers;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.live.entity.CloseCodes;
import org.agora.people.boundary.PersonDirectory;

/**
 * Handles what clients send: {@code {"subscribe":{"community":12}}}, {@code {"unsubscribe":...}}
 * with {@code community}, {@code person} or {@code tag}. Anything else is answered with an error
 * frame; too many bad frames close the stream with 1008. Streams one may not see are refused with
 * the same answer as streams that do not exist, so secret communities are not even hinted at.
 */
@ApplicationScoped
public class ClientFrames {

  @Inject CommunityAccess communities;
  @Inject PersonDirectory directory;
  @Inject LiveSettings settings;

  public void handle(LiveSession session, String text) {
    if (text.length() > settings.maxFrame()) {
      bad(session, "too-big", "Frames are at most " + settings.maxFrame() + " characters.");
      return;
    }
    JsonObject frame;
    try {
      JsonValue value = Json.createReader(new StringReader(text)).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        bad(session, "malformed", "A frame is a JSON object.");
        return;
      }
      frame = value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      bad(session, "malformed", "A frame is a JSON object.");
      return;
    }
    boolean on = frame.containsKey("subscribe");
    JsonValue target = on ? frame.get("subscribe") : frame.get("unsubscribe");
    if (frame.size() != 1 || target == null || target.getValueType() != JsonValue.ValueType.OBJECT
        || target.asJsonObject().size() != 1) {
      bad(session, "malformed", "Expected {\"subscribe\":{\"community\":id}} (or person, tag), or unsubscribe.");
      return;
    }
    String kind = target.asJsonObject().keySet().iterator().next();
    JsonValue id = target.asJsonObject().get(kind);
    switch (kind) {
      case "community" -> community(session, id, on);
      case "person" -> person(session, id, on);
      case "tag" -> tag(session, id, on);
      default -> bad(session, "malformed", "Streams are community, person or tag.");
    }
  }

  private void community(LiveSession session, JsonValue value, boolean on) {
    Long id = number(value);
    if (id == null) {
      bad(session, "malformed", "A community is given by its numeric id.");
    } else if (!on) {
      session.communities.remove(id);
      session.send(Messages.subscribed(session.cursor(), "community:" + id, false));
    } else if (!communities.canRead(session.principal(), id)) {
      bad(session, "forbidden", "No community " + id + " that you may read.");
    } else {
      session.communities.add(id);
      session.send(Messages.subscribed(session.cursor(), "community:" + id, true));
    }
  }

  private void person(LiveSession session, JsonValue value, boolean on) {
    Long id = number(value);
    if (id == null) {
      bad(session, "malformed", "A person is given by their numeric id.");
    } else if (!on) {
      session.people.remove(id);
      session.send(Messages.subscribed(session.cursor(), "person:" + id, false));
    } else if (!visible(session, id)) {
      bad(session, "forbidden", "No person " + id + " that you may see.");
    } else {
      session.people.add(id);
      session.send(Messages.subscribed(session.cursor(), "person:" + id, true));
    }
  }

  private void tag(LiveSession session, JsonValue value, boolean on) {
    if (!(value instanceof JsonString s) || !s.getString().matches("[\\p{L}\\p{N}_-]{1,60}")) {
      bad(session, "malformed", "A tag is 1-60 letters, digits, '-' or '_'.");
      return;
    }
    String tag = Readers.tag(s.getString());
    if (on) {
      session.tags.add(tag);
    } else {
      session.tags.remove(tag);
    }
    session.send(Messages.subscribed(session.cursor(), "tag:" + tag, on));
  }

  private boolean visible(LiveSession session, long personId) {
    try {
      directory.visible(session.principal(), personId);
      return true;
    } catch (RuntimeException hiddenOrGone) {
      // Not found, or hidden from this reader; the check runs in its own transaction, so the
      // refusal may arrive wrapped.
      return false;
    }
  }

  private static Long number(JsonValue value) {
    return value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0 ? n.longValue() : null;
  }

  private void bad(LiveSession session, String error, String detail) {
    session.send(Messages.error(session.cursor(), error, detail));
    if (session.badFrame(settings.maxBadFrames())) {
      session.closeAfterQueued(CloseCodes.POLICY, "too many bad frames");
    }
  }
}
