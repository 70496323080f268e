package org.agora.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.agora.app.architecture.TableReferences.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table belongs to the module whose migrations create it (DESIGN.md, "Data ownership"), and
 * only that module's SQL or JPQL names it. Other modules read it through the owner's boundary, or
 * through a view the owner publishes ({@code COMMENT ON VIEW x IS 'published: ...'}).
 */
class TableOwnershipTest {

  /**
   * The load generator seeds and measures a benchmark database from outside, as an operator's
   * script would; it is not deployed.
   */
  static final Set<String> OUTSIDE_THE_APPLICATION = Set.of("bench");

  static Map<String, String> owners;
  static Set<String> published;
  static List<Reference> references;

  @BeforeAll
  static void readSources() {
    TableReferences sources = TableReferences.ofThisCheckout();
    owners = sources.owners();
    published = sources.publishedViews();
    references = sources.references(owners.keySet(), sources.entityTables()).stream()
        .filter(r -> !OUTSIDE_THE_APPLICATION.contains(r.module()))
        .toList();
  }

  @Test
  void everyTableHasAnOwningModule() {
    assertThat(owners).containsEntry("outbox", "platform").containsEntry("person", "people").hasSizeGreaterThan(40);
    assertThat(Set.copyOf(owners.values())).isSubsetOf(new TreeSet<>(TableReferences.ofThisCheckout().moduleNames()));
  }

  @Test
  void modulesNameOnlyTheirOwnTables() {
    List<String> violations = references.stream()
        .filter(r -> !owners.get(r.table()).equals(r.module()))
        .filter(r -> !published.contains(r.table()))
        .map(r -> r.module() + ": " + r.file() + " names " + r.table() + ", owned by " + owners.get(r.table()))
        .toList();
    assertThat(violations)
        .as("SQL or JPQL naming another module's table; read through the owner's boundary or a view it owns")
        .isEmpty();
  }

  @Test
  void findsTablesInNativeSqlJpqlAndMappings() {
    String java = """
        class Planted {
          // select * from follow (a comment, not SQL)
          @CollectionTable(name = "person_skill") Set<String> skills;
          void read() {
            em.createNativeQuery("select c.id from community c, membership m"
                + " join activity a on a.id = m.id where m.state = 'ACTIVE'");
            em.createQuery("select p from Person p join p.department d", Person.class);
            em.createNativeQuery(\"""
                update   bookmark set x = 1 where id in (select id from link)
                \""");
            log("could not join community " + name);
          }
        }
        """;
    Set<String> tables = Set.of("community", "membership", "activity", "person", "department", "bookmark", "link", "follow", "person_skill");
    assertThat(TableReferences.tablesNamed(java, tables, Map.of("Person", "person")))
        .containsExactlyInAnyOrder("community", "membership", "activity", "person", "bookmark", "link", "person_skill");
  }

  @Test
  void aLaterMigrationHandsATableOver(@TempDir Path modules) throws Exception {
    migration(modules, "insights", "V202611231850__governance_ideas.sql", "create table idea (id bigint);\ncreate table report (id bigint);");
    migration(modules, "ideas", "V202612061000__ideas_owned.sql", "-- moved\ncomment on table idea is 'owner: ideas';");
    assertThat(new TableReferences(modules).owners()).containsEntry("idea", "ideas").containsEntry("report", "insights");
  }

  @Test
  void aPublishedViewIsTheOwnersContract(@TempDir Path modules) throws Exception {
    migration(modules, "people", "V1__people.sql", "create table person (id bigint);\n"
        + "create view person_card as select id from person;\n"
        + "comment on view person_card is 'published: names for other modules';\n"
        + "create view person_secret as select id from person;");
    TableReferences sources = new TableReferences(modules);
    assertThat(sources.owners()).containsEntry("person_card", "people").containsEntry("person_secret", "people");
    assertThat(sources.publishedViews()).containsExactly("person_card");
  }

  private static void migration(Path modules, String module, String name, String sql) throws Exception {
    Path dir = Files.createDirectories(modules.resolve(module).resolve("src/main/resources/db/migration"));
    Files.writeString(dir.resolve(name), sql);
  }

  /** The ownership table for the docs, and the remaining exceptions: run by hand. */
  static String report() {
    readSources();
    StringBuilder out = new StringBuilder("| table | owning module |\n|---|---|\n");
    owners.forEach((table, module) -> out.append("| ").append(table).append(" | ").append(module).append(" |\n"));
    Map<String, Set<String>> crossing = new TreeMap<>();
    references.stream().filter(r -> !owners.get(r.table()).equals(r.module()) && !published.contains(r.table()))
        .forEach(r -> crossing.computeIfAbsent(r.module() + " -> " + r.table() + " (" + owners.get(r.table()) + ")", k -> new TreeSet<>()).add(r.file()));
    out.append("\n");
    crossing.forEach((k, files) -> out.append(k).append(": ").append(files).append("\n"));
    return out.toString();
  }

  public static void main(String[] args) {
    System.out.println(report());
  }
}
