package org.agora.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class EventTypesTest {

  static JsonObject payload(String json) {
    return Json.createReader(new java.io.StringReader(json)).readObject();
  }

  @Test
  void mapsInternalEventsToThePublicVocabulary() {
    assertThat(EventTypes.publicType("activity.created", payload("{\"activityType\":\"POST\"}"))).hasValue("post.created");
    assertThat(EventTypes.publicType("activity.created", payload("{\"activityType\":\"COMMENT\"}"))).hasValue("comment.created");
    assertThat(EventTypes.publicType("activity.created", payload("{\"activityType\":\"JOINED\"}"))).isEmpty();
    assertThat(EventTypes.publicType("activity.edited", payload("{\"activityType\":\"POST\"}"))).isEmpty();
    assertThat(EventTypes.publicType("membership.approved", payload("{}"))).hasValue("member.joined");
    assertThat(EventTypes.publicType("membership.removed", payload("{}"))).hasValue("member.left");
    assertThat(EventTypes.publicType("bookmark.created", payload("{}"))).hasValue("bookmark.saved");
    assertThat(EventTypes.publicType("bookmark.updated", payload("{}"))).isEmpty();
  }

  @Test
  void readsTheCommunityOfAnEvent() {
    assertThat(EventTypes.communityId(payload("{\"communityId\":7}"))).isEqualTo(7L);
    assertThat(EventTypes.communityId(payload("{\"communityId\":null}"))).isNull();
    assertThat(EventTypes.communityId(payload("{}"))).isNull();
  }
}
