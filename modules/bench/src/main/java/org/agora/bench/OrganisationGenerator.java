package org.agora.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Writes a benchmark organisation straight into PostgreSQL with set-based SQL (minutes, not
 * hours): departments, people, communities (a few very large), memberships, follows with a heavy
 * tail (a few people are followed by very many), activities spread over people and communities,
 * tags and tag follows. {@code setseed} makes every run generate the same organisation.
 */
public final class OrganisationGenerator {

  private static final Logger LOG = Logger.getLogger(OrganisationGenerator.class.getName());

  /** German words of a company's everyday, compounds and inflected forms among them. */
  static final String GERMAN = "array['Datenbankmigration', 'Kundendatenbanken', 'Projektleitung', 'Projektleiterinnen',"
      + " 'Urlaubsanträge', 'Reisekostenabrechnung', 'Arbeitszeiterfassung', 'Sicherheitsschulungen', 'Zugangsdaten',"
      + " 'Betriebsvereinbarungen', 'Homeoffice-Regelung', 'Quartalszahlen', 'Lieferantenverträge', 'Datenschutzerklärung',"
      + " 'Teambesprechungen', 'Serverwartung', 'Fortbildungsangebote', 'Bewerbungsgespräche', 'Kundenzufriedenheit',"
      + " 'Softwareentwicklung']";

  private final Scale scale;

  public OrganisationGenerator(Scale scale) {
    this.scale = scale;
  }

  public void generate(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement s = connection.createStatement()) {
      s.execute("select setseed(0.42)");
      step(s, "departments",
          "insert into department (name) select 'Department ' || g from generate_series(1, " + scale.departments() + ") g");
      step(s, "people",
          "insert into person (username, display_name, department_id, location, admin, active, created_at)"
              + " select 'user' || g, 'User ' || g, 1 + g % " + scale.departments() + ", 'Berlin', false, true,"
              // Colleagues joined over the years, communities were founded over the years: not all
              // in one instant (a broad search ranked hundreds of equally fresh communities first).
              + "  now() - g * interval '4 hours'"
              + " from generate_series(1, " + scale.people() + ") g");
      step(s, "communities",
          "insert into community (name, name_key, description, visibility, created_by, created_at)"
              + " select 'Community ' || g, 'community ' || g, 'benchmark community',"
              + "  case when g % 10 = 0 then 'SECRET' when g % 4 = 0 then 'RESTRICTED' else 'PUBLIC' end, 1,"
              + "  now() - g * interval '3 days'"
              + " from generate_series(1, " + scale.communities() + ") g");
      step(s, "memberships of the big communities",
          "insert into membership (community_id, person_id, role, state, created_at)"
              + " select c.id, p.id, 'MEMBER', 'ACTIVE', now() from community c"
              + " join lateral (select id from person order by random() limit " + scale.bigCommunityMembers() + ") p on true"
              + " where c.id <= " + scale.bigCommunities() + " on conflict do nothing");
      step(s, "memberships of the other communities",
          "insert into membership (community_id, person_id, role, state, created_at)"
              + " select c.id, 1 + floor(random() * " + (scale.people() - 1) + ")::int, 'MEMBER', 'ACTIVE', now()"
              + " from community c cross join lateral generate_series(1, 10 + (c.id * 37) % 190) n"
              + " where c.id > " + scale.bigCommunities() + " on conflict do nothing");
      // Squaring a uniform draw favours low ids: they become the heavily followed people.
      step(s, "follows",
          "insert into follow (follower_id, followee_id, created_at)"
              + " select p.id, f.followee, now() from person p cross join lateral"
              + "  (select 1 + floor(power(random(), 2) * " + (scale.people() - 1) + ")::int as followee"
              + "   from generate_series(1, 1 + (p.id * 7919) % " + (2 * scale.averageFollows() + 40) + ")) f"
              + " where f.followee <> p.id on conflict do nothing");
      step(s, "activities",
          "insert into activity (type, actor_id, community_id, text, html, created_at)"
              + " select 'POST', 1 + floor(power(random(), 1.5) * " + (scale.people() - 1) + ")::int,"
              + "  case when random() < 0.6 then 1 + floor(power(random(), 2) * " + (scale.communities() - 1) + ")::int end,"
              // A third of the posts carries German text (compounds, inflections) after its number.
              + "  'benchmark post ' || g || case when g % 3 = 0 then ' – ' || (" + GERMAN + ")[1 + g % 20] || ' und '"
              + "   || (" + GERMAN + ")[1 + (g / 20) % 20] || ' im Team ' || g % 97 else '' end, '<p>benchmark post</p>',"
              + "  now() - (" + scale.activities() + " - g) * interval '1 second'"
              + " from generate_series(1, " + scale.activities() + ") g");
      step(s, "tags",
          "insert into activity_tag (tag, activity_id) select 'tag' || (id % " + scale.tags() + "), id from activity where id % 5 = 0");
      step(s, "tag follows",
          "insert into tag_follow (person_id, tag, created_at)"
              + " select p.id, 'tag' || floor(random() * " + scale.tags() + ")::int, now()"
              + " from person p cross join lateral generate_series(1, p.id % 4) on conflict do nothing");
      // Interactions between people (what insights count): a comment on every fourth post, two
      // reactions on every other post, a mention in every tenth.
      step(s, "comments",
          "insert into activity (type, actor_id, community_id, parent_id, text, html, created_at)"
              + " select 'COMMENT', 1 + floor(random() * " + (scale.people() - 1) + ")::int, a.community_id, a.id,"
              + "  'benchmark comment', '<p>benchmark comment</p>', a.created_at + interval '10 minutes'"
              + " from activity a where a.type = 'POST' and a.id % 4 = 0");
      step(s, "reactions",
          "insert into reaction (activity_id, person_id, kind, created_at)"
              + " select a.id, 1 + floor(random() * " + (scale.people() - 1) + ")::int, 'LIKE', a.created_at + interval '5 minutes'"
              + " from activity a cross join generate_series(1, 2) where a.type = 'POST' and a.id % 2 = 0 on conflict do nothing");
      step(s, "mentions",
          "insert into mention (activity_id, person_id)"
              + " select a.id, 1 + floor(random() * " + (scale.people() - 1) + ")::int from activity a"
              + " where a.type = 'POST' and a.id % 10 = 0 on conflict do nothing");
      step(s, "links",
          "insert into link (url, host, created_at) select 'https://docs.example/' || g, 'docs.example', now()"
              + " from generate_series(1, " + Math.max(1, scale.bookmarks() / 3) + ") g");
      step(s, "bookmarks",
          "insert into bookmark (person_id, link_id, title, visibility, community_id, created_at, updated_at)"
              + " select 1 + floor(random() * " + (scale.people() - 1) + ")::int, 1 + floor(power(random(), 2) * "
              + Math.max(1, scale.bookmarks() / 3 - 1) + ")::int, 'benchmark link ' || g,"
              + "  case when g % 3 = 0 then 'PRIVATE' else 'PUBLIC' end, null,"
              + "  now() - (" + scale.bookmarks() + " - g) * interval '10 seconds', now()"
              + " from generate_series(1, " + scale.bookmarks() + ") g on conflict do nothing");
      step(s, "bookmark tags",
          "insert into bookmark_tag (bookmark_id, tag) select id, 'tag' || (id % " + scale.tags() + ") from bookmark");
      step(s, "statistics", "analyze");
    }
  }

  private static void step(Statement s, String what, String sql) throws SQLException {
    long start = System.nanoTime();
    s.execute(sql);
    LOG.info(() -> String.format("generated %s in %.1f s", what, (System.nanoTime() - start) / 1e9));
  }
}
