package org.agora.app.insights;

import static org.agora.app.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The demo company's insights on a freshly started node, before any test or admin touches the
 * rollups: its twelve weeks of history, moved into the past after it was loaded, are all in the
 * weekly figure. The first class on the shared node, while the database holds only the demo.
 */
@SharedNode
@Order(Order.DEFAULT - 1)
class DemoHistoryIT {

  @SharedNode.Base URL base;

  @Test
  void everyCompletedWeekOfTheDemoHistoryShowsItsPostsInTheWeeklyActivity() throws SQLException {
    Map<String, Long> written = postsPerCompletedWeek();
    assertThat(written).as("the demo writes posts in most weeks").hasSizeGreaterThan(6);
    Api admin = Colleagues.admin(base);
    // The start-up rolls the history up in the background: on a busy machine it may finish after "ready".
    eventually(() -> postsPerWeekShown(admin), shown -> shown.equals(written));
  }

  /** Posts per ISO week in the activity figure (rolled up), for the eleven weeks before this one. */
  private static Map<String, Long> postsPerWeekShown(Api admin) {
    JsonObject figure = admin.get("api/v1/insights/activity?period=week&periods=12").json();
    Map<String, Long> posts = new TreeMap<>();
    for (JsonArray row : figure.getJsonArray("rows").getValuesAs(JsonArray.class)) {
      if (row.getString(1).equals("posts") && row.getString(0).compareTo(thisWeek().toString()) < 0) {
        posts.put(row.getString(0), row.getJsonNumber(2).longValue());
      }
    }
    return posts;
  }

  /** The same from the table the rollups are made from: posts outside secret or deleted communities. */
  private static Map<String, Long> postsPerCompletedWeek() throws SQLException {
    Map<String, Long> posts = new TreeMap<>();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("""
            select (date_trunc('week', a.created_at at time zone 'UTC'))::date::text, count(*)
            from activity_fact a left join community_card c on c.id = a.community_id
            where a.type = 'POST' and not a.deleted
              and (c.id is null or (c.visibility <> 'SECRET' and c.deleted_at is null))
            group by 1""")) {
      while (r.next()) {
        LocalDate week = LocalDate.parse(r.getString(1));
        if (!week.isBefore(thisWeek().minusWeeks(11)) && week.isBefore(thisWeek())) {
          posts.put(week.toString(), r.getLong(2));
        }
      }
    }
    return posts;
  }

  private static LocalDate thisWeek() {
    return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
