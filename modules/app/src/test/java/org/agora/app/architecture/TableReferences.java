package org.agora.app.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the source tree the way {@link TableOwnershipTest} needs it: which module owns which table
 * (from the Flyway migrations) and which tables each production Java file names in its SQL or JPQL
 * (from its string literals and mapping annotations).
 */
final class TableReferences {

  /** A table named in a module's production code. */
  record Reference(String module, String file, String table) {}

  private static final Pattern MIGRATION_VERSION = Pattern.compile("^V([0-9_]+)__");
  private static final Pattern CREATES =
      Pattern.compile("(?i)\\bcreate\\s+(?:unlogged\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
  private static final Pattern OWNER_COMMENT =
      Pattern.compile("(?i)\\bcomment\\s+on\\s+(?:table|view|materialized\\s+view)\\s+(\\w+)\\s+is\\s+'owner:\\s*(\\w+)'");
  /** A view its owner offers other modules: {@code COMMENT ON VIEW x IS 'published: <what for>'}. */
  private static final Pattern PUBLISHED_COMMENT =
      Pattern.compile("(?i)\\bcomment\\s+on\\s+view\\s+(\\w+)\\s+is\\s+'published:");
  /** The words after which SQL and JPQL name a table or an entity. */
  private static final Pattern NAMES_TABLE =
      Pattern.compile("(?i)\\b(?:from|join|update|into|using|truncate(?:\\s+table)?)\\s+((?:\\w+\\.)*\\w+)");
  /** FROM a x, b y: the further tables of a comma list. */
  private static final Pattern FURTHER_IN_LIST =
      Pattern.compile("(?i)\\G(?:\\s+(?:as\\s+)?(?!where\\b|join\\b|left\\b|inner\\b|on\\b|order\\b|group\\b|limit\\b|for\\b)\\w+)?\\s*,\\s*(\\w+)");
  /** A string is read as SQL or JPQL only with one of these words: "could not join community" is not. */
  private static final Pattern SQL_WORD =
      Pattern.compile("(?i)\\b(?:select|insert|update|delete|truncate|where|on|set|values|order\\s+by|group\\s+by)\\b");
  private static final Pattern ENTITY =
      Pattern.compile("@Entity(?:\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"\\s*\\))?(?:\\s*@\\w+(?:\\([^)]*\\))?)*\\s*(?:public\\s+|abstract\\s+|final\\s+)*class\\s+(\\w+)");
  private static final Pattern TABLE_ANNOTATION =
      Pattern.compile("@(?:Table|JoinTable|CollectionTable|SecondaryTable)\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");

  private final Path modules;

  TableReferences(Path modules) {
    this.modules = modules;
  }

  /** The modules folder of the checkout the tests run in (they run in modules/app). */
  static TableReferences ofThisCheckout() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("modules/platform"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no modules/ folder above " + Path.of("").toAbsolutePath());
    }
    return new TableReferences(dir.resolve("modules"));
  }

  /**
   * Table (or view) to owning module: the module whose migration creates it, unless a later
   * migration hands it over with {@code COMMENT ON TABLE x IS 'owner: <module>'}.
   */
  Map<String, String> owners() {
    List<Path> migrations = new ArrayList<>();
    for (String module : moduleNames()) {
      migrations.addAll(files(modules.resolve(module).resolve("src/main/resources/db/migration"), ".sql"));
    }
    migrations.sort(Comparator.comparing(TableReferences::version));
    Map<String, String> owners = new TreeMap<>();
    for (Path migration : migrations) {
      String module = moduleOf(migration);
      String sql = withoutSqlComments(read(migration));
      Matcher created = CREATES.matcher(sql);
      while (created.find()) {
        owners.put(created.group(1).toLowerCase(Locale.ROOT), module);
      }
      Matcher handedOver = OWNER_COMMENT.matcher(sql);
      while (handedOver.find()) {
        owners.put(handedOver.group(1).toLowerCase(Locale.ROOT), handedOver.group(2));
      }
    }
    return owners;
  }

  /**
   * The views their owners publish for other modules to read: the owner's SQL contract, which it
   * keeps while it changes its tables behind it.
   */
  Set<String> publishedViews() {
    Set<String> published = new java.util.TreeSet<>();
    for (String module : moduleNames()) {
      for (Path migration : files(modules.resolve(module).resolve("src/main/resources/db/migration"), ".sql")) {
        Matcher m = PUBLISHED_COMMENT.matcher(withoutSqlComments(read(migration)));
        while (m.find()) {
          published.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return published;
  }

  /** JPA entity name to the table it maps, over every module's production code. */
  Map<String, String> entityTables() {
    Map<String, String> tables = new TreeMap<>();
    for (Path source : productionSources()) {
      String java = read(source);
      Matcher entity = ENTITY.matcher(java);
      if (entity.find()) {
        String name = entity.group(1) != null ? entity.group(1) : entity.group(2);
        Matcher table = TABLE_ANNOTATION.matcher(java.substring(0, entity.end()));
        tables.put(name, table.find() ? table.group(1).toLowerCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  /** Every known table each production source file names, module by module. */
  List<Reference> references(Set<String> tables, Map<String, String> entityTables) {
    List<Reference> references = new ArrayList<>();
    for (Path source : productionSources()) {
      String java = read(source);
      String file = modules.relativize(source).toString().replace('\\', '/');
      for (String table : tablesNamed(java, tables, entityTables)) {
        references.add(new Reference(moduleOf(source), file, table));
      }
    }
    return references;
  }

  /** The known tables one Java source names in its SQL/JPQL strings and mapping annotations. */
  static Set<String> tablesNamed(String java, Set<String> tables, Map<String, String> entityTables) {
    Set<String> named = new LinkedHashSet<>();
    for (String text : JavaStrings.of(java)) {
      if (!SQL_WORD.matcher(text).find()) {
        continue;
      }
      Matcher m = NAMES_TABLE.matcher(text);
      while (m.find()) {
        addIfTable(m.group(1), named, tables, entityTables);
        Matcher further = FURTHER_IN_LIST.matcher(text).region(m.end(), text.length());
        while (further.find()) {
          addIfTable(further.group(1), named, tables, entityTables);
          further.region(further.end(), text.length());
        }
      }
    }
    Matcher annotation = TABLE_ANNOTATION.matcher(java);
    while (annotation.find()) {
      addIfTable(annotation.group(1), named, tables, entityTables);
    }
    return named;
  }

  private static void addIfTable(String name, Set<String> named, Set<String> tables, Map<String, String> entityTables) {
    if (name.contains(".")) {
      return; // a JPQL path such as p.department, not a table
    }
    String table = entityTables.getOrDefault(name, name.toLowerCase(Locale.ROOT));
    if (tables.contains(table)) {
      named.add(table);
    }
  }

  List<String> moduleNames() {
    try (Stream<Path> dirs = Files.list(modules)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("src/main"))).map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Path> productionSources() {
    return moduleNames().stream()
        .flatMap(m -> files(modules.resolve(m).resolve("src/main/java"), ".java").stream())
        .toList();
  }

  private String moduleOf(Path file) {
    return modules.relativize(file).getName(0).toString();
  }

  private static String version(Path migration) {
    Matcher m = MIGRATION_VERSION.matcher(migration.getFileName().toString());
    return m.find() ? m.group(1) : migration.getFileName().toString();
  }

  private static String withoutSqlComments(String sql) {
    return sql.replaceAll("--[^\n]*", " ");
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
