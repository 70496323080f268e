package org.agora.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judged queries of the relevance collection, read from tab-separated lines
 * {@code lang query type reference grade}; {@code #} starts a comment line. A query's lines are
 * its judgments; documents are named by something stable (see {@link Reference}).
 */
final class Judgments {

  static final Set<String> TYPES = Set.of("post", "person", "community", "bookmark");

  private Judgments() {}

  /** What a judgment names: a post by its first line, a person by username, a community or bookmark by its title. */
  record Reference(String type, String name) {}

  /** One query with the grade of each document judged for it. */
  record JudgedQuery(String lang, String text, Map<Reference, Integer> grades) {}

  static List<JudgedQuery> parse(Reader source) throws IOException {
    Map<String, JudgedQuery> queries = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(source);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalArgumentException("line " + number + ": expected 5 tab-separated fields, got " + f.length);
      }
      String type = f[2].strip();
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("line " + number + ": unknown type " + type);
      }
      int grade;
      try {
        grade = Integer.parseInt(f[4].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("line " + number + ": grade " + f[4] + " is no number");
      }
      if (grade < 1 || grade > 3) {
        throw new IllegalArgumentException("line " + number + ": grade must be 1 to 3, not " + grade);
      }
      String lang = f[0].strip();
      String text = f[1].strip();
      JudgedQuery query = queries.computeIfAbsent(lang + "\t" + text, k -> new JudgedQuery(lang, text, new LinkedHashMap<>()));
      if (query.grades().put(new Reference(type, f[3].strip()), grade) != null) {
        throw new IllegalArgumentException("line " + number + ": " + f[3] + " judged twice for " + text);
      }
    }
    return new ArrayList<>(queries.values());
  }
}
