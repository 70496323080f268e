package org.agora.app.communities;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Communities over the API: visibility, membership, roles, guidelines, and bad input. */
@SharedNode
class CommunitiesIT {

  @SharedNode.Base URL base;

  Api admin;
  Colleagues sales;

  @BeforeEach
  void colleagues() {
    admin = Colleagues.admin(base);
    sales = Colleagues.of(base, "Sales");
  }

  Api as(int i) {
    return sales.as(i);
  }

  long id(int i) {
    return sales.id(i);
  }

  String username(int i) {
    return sales.username(i);
  }

  long create(Api owner, String name, String visibility, String extra) {
    Api.Answer created = owner.post("api/v1/communities",
        "{\"name\":\"" + name + "\",\"description\":\"about " + name + "\",\"visibility\":\"" + visibility + "\"" + extra + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  static String unique(String name) {
    return name + " " + System.nanoTime();
  }

  @Test
  void aPublicCommunityIsCreatedListedJoinedAndLeft() {
    long id = create(as(0), unique("Sales Enablement"), "PUBLIC", ",\"category\":\"Sales\",\"tags\":[\"Pricing\"]");
    JsonObject community = as(1).get("api/v1/communities/" + id).json();
    assertThat(community.getString("visibility")).isEqualTo("PUBLIC");
    assertThat(community.getJsonArray("tags").toString()).contains("pricing");
    assertThat(as(0).get("api/v1/communities/" + id).json().getString("myRole")).isEqualTo("OWNER");

    assertThat(as(1).put("api/v1/communities/" + id + "/membership", "{}").json().getString("state")).isEqualTo("ACTIVE");
    assertThat(as(1).put("api/v1/communities/" + id + "/membership", "{}").status()).isEqualTo(409);
    assertThat(as(2).get("api/v1/communities/" + id + "/members").body())
        .contains(username(1));
    assertThat(as(1).get("api/v1/communities?member=me&limit=100").body()).contains("\"id\":" + id + ",");
    assertThat(as(1).delete("api/v1/communities/" + id + "/membership").status()).isEqualTo(204);
    assertThat(as(1).get("api/v1/communities/" + id).json().isNull("myRole")).isTrue();
  }

  @Test
  void restrictedCommunitiesAskForApproval() {
    long id = create(as(0), unique("Deal Desk"), "RESTRICTED", "");
    assertThat(as(1).get("api/v1/communities/" + id).status()).isEqualTo(200);
    assertThat(as(1).get("api/v1/communities/" + id + "/members").status()).isEqualTo(403);
    assertThat(as(1).get("api/v1/communities/" + id + "/feed").status()).isEqualTo(404);
    assertThat(as(1).put("api/v1/communities/" + id + "/membership", "{}").json().getString("state")).isEqualTo("REQUESTED");
    assertThat(as(2).get("api/v1/communities/" + id + "/requests").status()).isEqualTo(403);
    assertThat(as(0).get("api/v1/communities/" + id + "/requests").body()).contains(username(1));
    assertThat(as(0).get("api/v1/notifications").body()).contains("JOIN_REQUESTED");
    assertThat(as(0).put("api/v1/communities/" + id + "/requests/" + id(1), "").status()).isEqualTo(204);
    assertThat(as(1).get("api/v1/communities/" + id + "/members").status()).isEqualTo(200);
    assertThat(as(1).get("api/v1/notifications").body()).contains("JOIN_ANSWERED");

    as(2).put("api/v1/communities/" + id + "/membership", "{}");
    assertThat(as(0).delete("api/v1/communities/" + id + "/requests/" + id(2)).status()).isEqualTo(204);
    assertThat(as(2).get("api/v1/communities/" + id + "/members").status()).isEqualTo(403);
  }

  @Test
  void secretCommunitiesAreInvisibleToOutsidersEverywhere() {
    String name = unique("Project Osprey");
    long id = create(as(0), name, "SECRET", "");
    Api outsider = as(3);
    for (String path : List.of("", "/members", "/feed", "/requests")) {
      Api.Answer answer = outsider.get("api/v1/communities/" + id + path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    assertThat(outsider.put("api/v1/communities/" + id + "/membership", "{}").status()).isEqualTo(404);
    assertThat(outsider.get("api/v1/communities?limit=100&q=osprey").body()).doesNotContain(name);
    assertThat(outsider.get("api/v1/people/" + id(0) + "/communities").body()).doesNotContain(name);
    // Nobody can pass for it under its name; the refusal says "taken" and nothing more (see below).
    assertThat(outsider.post("api/v1/communities", "{\"name\":\"" + name + "\",\"visibility\":\"PUBLIC\"}").status())
        .isEqualTo(409);

    // An invitation lets the invitee see it and accept.
    assertThat(as(0).post("api/v1/communities/" + id + "/invitations", "{\"personId\":" + id(3) + "}").status()).isEqualTo(204);
    assertThat(outsider.get("api/v1/communities/" + id).json().getString("myState")).isEqualTo("INVITED");
    assertThat(outsider.get("api/v1/notifications").body()).contains("INVITED");
    assertThat(outsider.put("api/v1/communities/" + id + "/membership", "{}").json().getString("state")).isEqualTo("ACTIVE");
    assertThat(outsider.get("api/v1/communities/" + id + "/members").status()).isEqualTo(200);
    assertThat(admin.get("api/v1/communities/" + id).status()).isEqualTo(200);
  }

  @Test
  void guidelinesMustBeAcceptedToJoin() {
    long id = create(as(0), unique("Code of Conduct Club"), "PUBLIC", ",\"guidelines\":\"Be kind.\"");
    Api.Answer refused = as(1).put("api/v1/communities/" + id + "/membership", "{}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("guidelines");
    assertThat(as(1).put("api/v1/communities/" + id + "/membership", "{\"acceptGuidelines\":true}").status()).isEqualTo(200);
  }

  @Test
  void aCommunityAlwaysKeepsAnOwner() {
    long id = create(as(0), unique("Owner Rules"), "PUBLIC", "");
    Api.Answer leave = as(0).delete("api/v1/communities/" + id + "/membership");
    assertThat(leave.status()).isEqualTo(409);
    assertThat(leave.json().getString("detail")).contains("last owner");
    assertThat(as(0).put("api/v1/communities/" + id + "/members/" + id(0) + "/role", "{\"role\":\"MEMBER\"}").status())
        .isEqualTo(409);

    as(1).put("api/v1/communities/" + id + "/membership", "{}");
    assertThat(as(1).put("api/v1/communities/" + id + "/members/" + id(1) + "/role", "{\"role\":\"OWNER\"}").status())
        .isEqualTo(403);
    assertThat(as(0).put("api/v1/communities/" + id + "/members/" + id(1) + "/role", "{\"role\":\"MODERATOR\"}").status())
        .isEqualTo(204);
    assertThat(as(1).delete("api/v1/communities/" + id + "/members/" + id(0)).status()).isEqualTo(403);
    assertThat(as(0).put("api/v1/communities/" + id + "/members/" + id(1) + "/role", "{\"role\":\"OWNER\"}").status())
        .isEqualTo(204);
    assertThat(as(0).delete("api/v1/communities/" + id + "/membership").status()).isEqualTo(204);
  }

  @Test
  void onlyOwnersChangeAndDeleteCommunities() {
    String name = unique("Temporary");
    long id = create(as(0), name, "PUBLIC", "");
    as(1).put("api/v1/communities/" + id + "/membership", "{}");
    assertThat(as(1).patch("api/v1/communities/" + id, "{\"description\":\"hijacked\"}").status()).isEqualTo(403);
    assertThat(as(0).patch("api/v1/communities/" + id, "{\"description\":\"updated\"}").json().getString("description"))
        .isEqualTo("updated");
    assertThat(as(1).delete("api/v1/communities/" + id).status()).isEqualTo(403);
    assertThat(as(0).delete("api/v1/communities/" + id).status()).isEqualTo(204);
    assertThat(as(0).get("api/v1/communities/" + id).status()).isEqualTo(404);
  }

  @Test
  void badInputIsAClearProblem() {
    assertThat(as(0).post("api/v1/communities", "{\"name\":\"x\",\"visibility\":\"HIDDEN\"}").status()).isEqualTo(400);
    assertThat(as(0).post("api/v1/communities", "{\"visibility\":\"PUBLIC\"}").status()).isEqualTo(400);
    assertThat(as(0).post("api/v1/communities", "{\"name\":\"" + "x".repeat(121) + "\",\"visibility\":\"PUBLIC\"}").status())
        .isEqualTo(400);
    String name = unique("Duplicate");
    create(as(0), name, "PUBLIC", "");
    assertThat(as(1).post("api/v1/communities", "{\"name\":\"" + name.toUpperCase() + "\",\"visibility\":\"PUBLIC\"}").status())
        .isEqualTo(409);
    assertThat(as(0).get("api/v1/communities/987654").status()).isEqualTo(404);
    assertThat(as(0).get("api/v1/communities?visibility=nope").status()).isEqualTo(400);
  }

  @Test
  void namesAreUniqueWhateverTheirCaseAccentsOrVisibility() {
    long run = System.nanoTime();
    create(as(0), "Café Team " + run, "SECRET", "");
    create(as(0), "Kaffee Runde " + run, "PUBLIC", "");
    Api outsider = as(3);

    Api.Answer secretClash = outsider.post("api/v1/communities",
        "{\"name\":\"  CAFE   team " + run + "\",\"visibility\":\"PUBLIC\"}");
    Api.Answer publicClash = outsider.post("api/v1/communities",
        "{\"name\":\"kaffee ründe " + run + "\",\"visibility\":\"SECRET\"}");
    for (Api.Answer clash : List.of(secretClash, publicClash)) {
      assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
      assertThat(clash.contentType()).startsWith("application/problem+json");
      assertThat(clash.json().getString("detail")).startsWith("name: taken");
    }
    assertThat(secretClash.json()).as("a secret holder is answered like a public one").isEqualTo(publicClash.json());
    assertThat(secretClash.body()).doesNotContain("Café");

    long mine = create(outsider, "Tea Team " + run, "PUBLIC", "");
    Api.Answer rename = outsider.patch("api/v1/communities/" + mine, "{\"name\":\"Cafe Team " + run + "\"}");
    assertThat(rename.status()).as(rename.toString()).isEqualTo(409);
    assertThat(rename.json().getString("detail")).startsWith("name: taken");
    assertThat(outsider.patch("api/v1/communities/" + mine, "{\"name\":\"TEA TEAM " + run + "\"}").status())
        .as("its own name in other letters").isEqualTo(200);
    assertThat(outsider.patch("api/v1/communities/" + mine, "{\"visibility\":\"RESTRICTED\"}").status()).isEqualTo(200);

    assertThat(outsider.delete("api/v1/communities/" + mine).status()).isEqualTo(204);
    create(as(1), "Tea Team " + run, "PUBLIC", "");
  }

  @Test
  void concurrentCreatesOfOneNameMakeOneCommunity() throws Exception {
    String name = unique("Launch Party");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Api founder = as(i % 5);
      String spelling = i % 2 == 0 ? name : name.toUpperCase();
      answers.add(pool.submit(() -> founder.post("api/v1/communities",
          "{\"name\":\"" + spelling + "\",\"visibility\":\"PUBLIC\"}").status()));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).containsOnlyOnce(201);
  }

  @Test
  void concurrentJoinsMakeOneMembership() throws Exception {
    long id = create(as(0), unique("Rush Hour"), "PUBLIC", "");
    Api joiner = as(4);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(pool.submit(() -> joiner.put("api/v1/communities/" + id + "/membership", "{}").status()));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses).containsOnlyOnce(200);
    assertThat(admin.get("api/v1/communities/" + id).json().getInt("memberCount")).isEqualTo(2);
  }

  @Test
  void recommendationsAreCommunitiesIAmNotIn() {
    JsonObject page = as(0).get("api/v1/communities/recommended").json();
    page.getJsonArray("items").forEach(c -> {
      assertThat(c.asJsonObject().isNull("myState")).isTrue();
      assertThat(c.asJsonObject().getString("visibility")).isNotEqualTo("SECRET");
    });
  }
}
