package org.agora.app.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Social bookmarking over the API: shared links, visibility, who else saved it, import and export. */
@SharedNode
class BookmarksIT {

  @SharedNode.Base URL base;

  Colleagues finance;

  @BeforeEach
  void colleagues() {
    finance = Colleagues.of(base, "Finance");
  }

  static String body(String url, String visibility, String extra) {
    return "{\"url\":\"" + url + "\",\"title\":\"Saved\",\"visibility\":\"" + visibility + "\"" + extra + "}";
  }

  static long id(Api.Answer answer) {
    return answer.json().getJsonNumber("id").longValue();
  }

  @Test
  void oneLinkManyBookmarksAndSavingAgainUpdates() {
    String url = "https://Controlling.example/guide-" + System.nanoTime();
    Api.Answer first = finance.as(0).post("api/v1/bookmarks", body(url + "?utm_source=mail#top", "PUBLIC", ",\"tags\":[\"Budget\",\"controlling\"]"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonObject saved = first.json();
    assertThat(saved.getString("url")).isEqualTo(url.replace("Controlling.example", "controlling.example"));
    assertThat(saved.getJsonArray("tags").toString()).contains("budget");

    Api.Answer again = finance.as(0).post("api/v1/bookmarks", body(url, "PUBLIC", ",\"description\":\"now with notes\""));
    assertThat(again.status()).isEqualTo(200);
    assertThat(id(again)).isEqualTo(id(first));
    assertThat(again.json().getString("description")).isEqualTo("now with notes");

    long theirs = id(finance.as(1).post("api/v1/bookmarks", body(url, "PUBLIC", ",\"description\":\"great read\"")));
    finance.as(2).post("api/v1/bookmarks", body(url, "PRIVATE", ""));
    JsonObject savers = finance.as(3).get("api/v1/bookmarks/" + theirs + "/savers").json();
    assertThat(savers.getJsonArray("items")).hasSize(1); // the private one stays private
    assertThat(finance.as(3).get("api/v1/bookmarks/" + theirs).json().getInt("savedBy")).isEqualTo(2);
    assertThat(finance.as(3).get("api/v1/bookmarks?tag=Budget&limit=100").body()).contains("\"id\":" + id(first) + ",");
    assertThat(finance.as(3).get("api/v1/bookmarks/popular?days=7").body()).contains("controlling.example");
    assertThat(finance.as(0).get("api/v1/bookmarks/tags?mine=true").body()).contains("\"tag\":\"budget\"");

    // Saving a shared link is one stream item, not one per edit.
    String stream = finance.as(3).get("api/v1/people/" + finance.id(0) + "/feed?limit=50").body();
    assertThat(stream).contains("\"objectRef\":\"bookmark:" + id(first) + "\"");
    assertThat(stream.split("bookmark:" + id(first) + "\"", -1)).hasSize(2);
  }

  /**
   * savedBy is the number of saves the reader can list: a colleague's private save, or one into a
   * secret community, is not counted for anyone else, so nobody can probe who saved a link in secret.
   */
  @Test
  void savedByCountsOnlyTheSavesTheReaderMaySee() {
    String url = "https://probe.example/secret-plans-" + System.nanoTime();
    long open = id(finance.as(0).post("api/v1/bookmarks", body(url, "PUBLIC", "")));
    assertThat(finance.as(1).post("api/v1/bookmarks", body(url, "PRIVATE", "")).status()).isEqualTo(201);
    long secret = id(finance.as(2).post("api/v1/communities",
        "{\"name\":\"Bookmark Vault " + System.nanoTime() + "\",\"description\":\"x\",\"visibility\":\"SECRET\"}"));
    assertThat(finance.as(2).post("api/v1/bookmarks", body(url, "COMMUNITY", ",\"communityId\":" + secret)).status())
        .isEqualTo(201);

    assertThat(finance.as(3).get("api/v1/bookmarks/" + open).json().getInt("savedBy")).isEqualTo(1);
    assertThat(finance.as(1).get("api/v1/bookmarks/" + open).json().getInt("savedBy")).isEqualTo(2); // their own
    assertThat(finance.as(2).get("api/v1/bookmarks/" + open).json().getInt("savedBy")).isEqualTo(2); // their vault
    assertThat(finance.as(0).get("api/v1/bookmarks/" + open).json().getInt("savedBy")).isEqualTo(1);
  }

  /**
   * A link saved without a title gets the page's title in the background; the dead-link check
   * marks a link BROKEN after two failed visits and OK again when it answers. The pages come from
   * a real HTTP server in this test, on a loopback address the test configuration allow-lists by
   * name (arquillian.xml); any other loopback name stays refused.
   */
  @Test
  void titlesComeFromThePageAndDeadLinksAreFound() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean alive = new java.util.concurrent.atomic.AtomicBoolean(true);
    com.sun.net.httpserver.HttpServer pages = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    pages.createContext("/", x -> {
      byte[] html = "<html><head><title>Quarterly close checklist</title></head></html>".getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      x.sendResponseHeaders(alive.get() ? 200 : 404, html.length);
      x.getResponseBody().write(html);
      x.close();
    });
    pages.start();
    try {
      String url = "http://127.0.0.1:" + pages.getAddress().getPort() + "/close-" + System.nanoTime();
      Api.Answer saved = finance.as(0).post("api/v1/bookmarks", "{\"url\":\"" + url + "\",\"visibility\":\"PUBLIC\"}");
      assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
      assertThat(saved.json().getBoolean("titleFromPage")).isTrue();
      long id = id(saved);
      JsonObject titled = eventually(() -> finance.as(1).get("api/v1/bookmarks/" + id).json(),
          b -> b.getString("title").equals("Quarterly close checklist"));
      assertThat(titled.getString("linkStatus")).isEqualTo("OK");

      // A title typed by hand is never replaced by the page's.
      Api.Answer own = finance.as(1).post("api/v1/bookmarks", "{\"url\":\"" + url + "\",\"title\":\"My checklist\"}");
      assertThat(own.json().getString("title")).isEqualTo("My checklist");

      Api admin = Api.anonymous(base).as("admin", "agora-demo");
      assertThat(finance.as(0).post("api/v1/admin/bookmarks/link-check", "{}").status()).isEqualTo(403);
      alive.set(false);
      checkLinksNow(admin, id);
      assertThat(finance.as(1).get("api/v1/bookmarks/" + id).json().getString("linkStatus")).isEqualTo("OK"); // once is bad luck
      JsonObject broken = checkLinksNow(admin, id);
      assertThat(broken.getString("linkStatus")).isEqualTo("BROKEN");
      alive.set(true);
      assertThat(checkLinksNow(admin, id).getString("linkStatus")).isEqualTo("OK");

      // "localhost" is the same machine under a name that is not allow-listed: never visited.
      String local = "http://localhost:" + pages.getAddress().getPort() + "/other-" + System.nanoTime();
      long skipped = id(finance.as(0).post("api/v1/bookmarks", "{\"url\":\"" + local + "\"}"));
      JsonObject refused = eventually(() -> finance.as(0).get("api/v1/bookmarks/" + skipped).json(),
          b -> b.getString("linkStatus").equals("SKIPPED"));
      assertThat(refused.getString("title")).startsWith("localhost:");
    } finally {
      pages.stop(0);
    }
  }

  /** Starts the link check and waits until it has visited the bookmark's link. */
  JsonObject checkLinksNow(Api admin, long bookmarkId) throws InterruptedException {
    String before = finance.as(0).get("api/v1/bookmarks/" + bookmarkId).json().getString("linkCheckedAt");
    assertThat(admin.post("api/v1/admin/bookmarks/link-check", "{}").status()).isEqualTo(202);
    return eventually(() -> finance.as(0).get("api/v1/bookmarks/" + bookmarkId).json(),
        b -> !b.getString("linkCheckedAt").equals(before));
  }

  static JsonObject eventually(java.util.function.Supplier<JsonObject> read, java.util.function.Predicate<JsonObject> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos(); // "check now" visits the imported links too
    JsonObject last = read.get();
    while (!done.test(last)) {
      assertThat(System.nanoTime()).as("still " + last).isLessThan(deadline);
      Thread.sleep(200);
      last = read.get();
    }
    return last;
  }

  @Test
  void privateAndSecretCommunityBookmarksStayHidden() {
    long privateOne = id(finance.as(0).post("api/v1/bookmarks", body("https://private.example/" + System.nanoTime(), "PRIVATE", "")));
    assertThat(finance.as(1).get("api/v1/bookmarks/" + privateOne).status()).isEqualTo(404);
    assertThat(finance.as(1).get("api/v1/bookmarks?person=" + finance.id(0) + "&limit=100").body())
        .doesNotContain("\"id\":" + privateOne + ",");
    assertThat(Colleagues.admin(base).get("api/v1/bookmarks/" + privateOne).status()).isEqualTo(404);

    Api.Answer created = finance.as(0).post("api/v1/communities",
        "{\"name\":\"Audit Room " + System.nanoTime() + "\",\"visibility\":\"SECRET\"}");
    long secret = id(created);
    long inside = id(finance.as(0).post("api/v1/bookmarks",
        body("https://audit.example/" + System.nanoTime(), "COMMUNITY", ",\"communityId\":" + secret + ",\"tags\":[\"falcon-audit\"]")));
    assertThat(finance.as(1).get("api/v1/bookmarks/" + inside).status()).isEqualTo(404);
    assertThat(finance.as(1).get("api/v1/bookmarks?community=" + secret).status()).isEqualTo(404);
    assertThat(finance.as(1).get("api/v1/bookmarks/tags").body()).doesNotContain("falcon-audit");
    assertThat(finance.as(1).post("api/v1/bookmarks", body("https://x.example/", "COMMUNITY", ",\"communityId\":" + secret)).status())
        .isEqualTo(404);
    assertThat(finance.as(0).get("api/v1/bookmarks?community=" + secret).body()).contains("\"id\":" + inside + ",");
  }

  @Test
  void onlyTheOwnerChangesOrDeletes() {
    long id = id(finance.as(0).post("api/v1/bookmarks", body("https://owner.example/" + System.nanoTime(), "PUBLIC", "")));
    assertThat(finance.as(1).patch("api/v1/bookmarks/" + id, "{\"title\":\"mine now\"}").status()).isEqualTo(403);
    assertThat(finance.as(1).delete("api/v1/bookmarks/" + id).status()).isEqualTo(403);
    assertThat(finance.as(0).patch("api/v1/bookmarks/" + id, "{\"title\":\"Renamed\",\"tags\":[\"x\"]}").json().getString("title"))
        .isEqualTo("Renamed");
    assertThat(finance.as(0).delete("api/v1/bookmarks/" + id).status()).isEqualTo(204);
    assertThat(finance.as(0).get("api/v1/bookmarks/" + id).status()).isEqualTo(404);
  }

  @Test
  void relatedTagsAndRenamingMyTags() {
    Api me = finance.as(2);
    String stamp = String.valueOf(System.nanoTime());
    me.post("api/v1/bookmarks", body("https://tags.example/a" + stamp, "PUBLIC", ",\"tags\":[\"xbrl" + stamp + "\",\"reporting\"]"));
    me.post("api/v1/bookmarks", body("https://tags.example/b" + stamp, "PUBLIC", ",\"tags\":[\"xbrl" + stamp + "\",\"reporting\",\"esef\"]"));
    me.post("api/v1/bookmarks", body("https://tags.example/c" + stamp, "PRIVATE", ",\"tags\":[\"xbrl" + stamp + "\",\"secret-plan\"]"));
    jakarta.json.JsonArray related =
        Json.createReader(new java.io.StringReader(finance.as(3).get("api/v1/bookmarks/tags/xbrl" + stamp + "/related").body())).readArray();
    assertThat(related.getJsonObject(0).getString("tag")).isEqualTo("reporting");
    assertThat(related.getJsonObject(0).getInt("count")).isEqualTo(2);
    assertThat(related.toString()).contains("esef").doesNotContain("secret-plan");

    Api.Answer renamed = me.post("api/v1/bookmarks/tags/reporting/rename", "{\"to\":\"esef\"}");
    assertThat(renamed.json().getInt("bookmarks")).isGreaterThanOrEqualTo(2);
    String mine = me.get("api/v1/bookmarks/tags?mine=true").body();
    assertThat(mine).doesNotContain("\"reporting\"").contains("\"esef\"");
    // Other people's tags are theirs: renaming mine changed nothing of finance.as(0)'s.
    assertThat(me.post("api/v1/bookmarks/tags/x/rename", "{\"to\":\" \"}").status()).isEqualTo(400);
  }

  @Test
  void badLinksAreRefusedClearly() {
    Api me = finance.as(0);
    for (String bad : new String[] {"javascript:alert(1)", "data:text/html,hi", "not a url", "ftp://files.example/x"}) {
      Api.Answer answer = me.post("api/v1/bookmarks", body(bad, "PUBLIC", ""));
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    assertThat(me.post("api/v1/bookmarks", body("https://a.example/", "PUBLIC", ",\"communityId\":1")).status()).isEqualTo(400);
    assertThat(me.post("api/v1/bookmarks", body("https://a.example/", "COMMUNITY", "")).status()).isEqualTo(400);
    assertThat(me.get("api/v1/bookmarks/popular?days=0").status()).isEqualTo(400);
  }

  @Test
  void browserFilesImportAllOrNothingAndExportBack() throws Exception {
    String stamp = String.valueOf(System.nanoTime());
    String file =
        """
        <!DOCTYPE NETSCAPE-Bookmark-file-1>
        <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
        <TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
        <DL><p>
          <DT><H3 PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>
          <DL><p>
            <DT><H3>Finance</H3>
            <DL><p>
              <DT><A HREF="https://ifrs.example/STAMP" ADD_DATE="1700000000">IFRS 16 summary</A>
              <DD>Leases explained
              <DT><A HREF="javascript:void(0)">Bookmarklet</A>
              <DT><A HREF="https://sap.example/STAMP?utm_campaign=x" TAGS="sap,erp">SAP tips</A>
              <DT><A HREF="https://sap.example/STAMP">SAP tips again</A>
            </DL><p>
          </DL><p>
        </DL><p>
        """.replace("STAMP", stamp);
    Api.Answer report = upload(finance.username(4), file);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.json().getInt("added")).isEqualTo(2);
    assertThat(report.json().getJsonArray("skipped")).hasSize(2);
    assertThat(report.body()).contains("only http and https").contains("appears twice");

    // A realistic browser file of 2,000 links imports in one go (the time is printed, not asserted).
    StringBuilder big = new StringBuilder("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>Imported</H3>\n<DL><p>\n");
    for (int i = 0; i < 2000; i++) {
      big.append("<DT><A HREF=\"https://bulk.example/").append(stamp).append('/').append(i)
          .append("\" ADD_DATE=\"1700000000\">Page ").append(i).append("</A>\n");
    }
    big.append("</DL><p>\n</DL><p>\n");
    long bulkStart = System.nanoTime();
    Api.Answer bulk = upload(finance.username(3), big.toString());
    System.out.printf("imported 2,000 bookmarks in %d ms%n", (System.nanoTime() - bulkStart) / 1_000_000);
    assertThat(bulk.json().getInt("added")).isEqualTo(2000);

    assertThat(upload(finance.username(4), file).json().getInt("updated")).isEqualTo(2);
    assertThat(upload(finance.username(4), "<html><p>hello</p></html>").status()).isEqualTo(400);
    assertThat(upload(finance.username(4), "<DL>" + "x".repeat(6 * 1024 * 1024)).status()).isEqualTo(413);

    Api.Answer export = finance.as(4).get("api/v1/bookmarks/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).contains("NETSCAPE-Bookmark-file-1").contains("https://ifrs.example/" + stamp)
        .contains("TAGS=\"finance\"").contains("<DD>Leases explained");
    // What Agora exports, Agora (and every browser) imports again: nothing new, nothing lost.
    Api.Answer roundTrip = upload(finance.username(4), export.body());
    assertThat(roundTrip.json().getInt("added")).isZero();
    assertThat(roundTrip.json().getJsonArray("skipped")).isEmpty();
  }

  private Api.Answer upload(String username, String html) throws Exception {
    String boundary = "agora" + System.nanoTime();
    byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bookmarks.html\"\r\n"
        + "Content-Type: text/html\r\n\r\n" + html + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(Api.baseUri(base).resolve("api/v1/bookmarks/import"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + Colleagues.PASSWORD).getBytes()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request, HttpResponse.BodyHandlers.ofString());
    return new Api.Answer(response);
  }
}
