package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the words of a query meet the text of documents (the mapping in {@code /search/*-v2.json}).
 * Every text field is indexed three ways: folded ({@code agora_folded}: lower case, "Müller",
 * "Mueller" and "muller" alike, accents gone), and in the language fields also German
 * ({@code .de}: compounds split into their parts, light stemming) and English ({@code .en}:
 * Porter stemming). A query asks all three; a document that matches the words as written matches
 * all three and so ranks above one that matches only a stem or a part of a compound.
 *
 * <p>Typos are forgiven only when the words as written find nothing ({@link #withTypos}): a
 * forgiving query costs much more (each word is expanded to the similar terms of the index, and a
 * common word then cannot skip documents), and a search that finds something as written needs no
 * near-misses.
 */
public final class TextMatch {

  /** The fields a text query searches, with their boosts; the same for every index. */
  static final List<String> FIELDS =
      List.of("title^3", "tags^2", "body", "author", "job_title", "department", "community", "location");

  /** The fields indexed per language as well, in the subfields {@link #LANGUAGES}. */
  static final Set<String> LANGUAGE_FIELDS = Set.of("title", "tags", "body", "job_title", "department", "community");

  /** The language subfields: German and English. */
  static final List<String> LANGUAGES = List.of("de", "en");

  /** Where a typo is forgiven: running text and names, never tags (a tag is exact by nature). */
  static final List<String> TYPO_FIELDS =
      List.of("title^3", "body", "author", "job_title", "department", "community", "location");

  /** One edit in words of 5 to 7 letters, two from 8; shorter words must be exact. */
  static final String FUZZINESS = "AUTO:5,8";

  /** A query of more words is not worth forgiving word by word (a pasted paragraph). */
  static final int MOST_TYPO_WORDS = 8;

  /**
   * Longer words are not forgiven: no word of a language is that long, and Lucene refuses to build
   * the automaton of similar words for a token of 187 letters (which answered 503).
   */
  static final int LONGEST_FORGIVEN_WORD = 50;

  /** Of more than two words, a quarter may be missing; of one or two, none. */
  static final String MOST_WORDS = "2<-25%";

  private TextMatch() {}

  /** Any of the alternative texts, as written, folded, or per language; never parsed as Lucene syntax. */
  public static Query query(List<String> texts) {
    return Query.of(q -> q.bool(b -> {
      for (String alternative : texts) {
        b.should(crossFields(alternative, FIELDS));
        for (String language : LANGUAGES) {
          b.should(crossFields(alternative, inLanguage(FIELDS, language)));
        }
      }
      return b.minimumShouldMatch("1");
    }));
  }

  /** {@link #query} or, with one or two letters wrong in a word, the same words on {@link #TYPO_FIELDS}. */
  public static Query withTypos(List<String> texts) {
    return Query.of(q -> q.bool(b -> {
      b.should(query(texts));
      for (String alternative : texts) {
        forgiving(alternative).ifPresent(b::should);
      }
      return b.minimumShouldMatch("1");
    }));
  }

  /** Whether {@link #withTypos} could find more than {@link #query}: a word of five letters or more. */
  public static boolean typosPossible(String text) {
    List<String> words = words(text);
    return words.size() <= MOST_TYPO_WORDS && words.stream().anyMatch(TextMatch::forgivable);
  }

  /**
   * The words to mark in snippets: any of the texts in the snippet fields and their language
   * subfields (so "Datenbanken" is marked for "Datenbank"). Never forgiving typos, even when the
   * search did: highlighting a fuzzy query re-runs it on every hit's text (1.2 s instead of 60 ms
   * for a page of the benchmark organisation); such hits show their text unmarked.
   */
  static Query highlighted(List<String> texts, List<String> snippetFields) {
    List<String> fields = new ArrayList<>(snippetFields);
    for (String language : LANGUAGES) {
      fields.addAll(inLanguage(snippetFields, language));
    }
    return Query.of(q -> q.bool(b -> {
      for (String alternative : texts) {
        b.should(s -> s.multiMatch(m -> m.query(alternative).fields(fields).type(TextQueryType.MostFields)));
      }
      return b;
    }));
  }

  /** The language subfields of those fields that have them, with the same boosts. */
  static List<String> inLanguage(List<String> fields, String language) {
    return fields.stream()
        .filter(f -> LANGUAGE_FIELDS.contains(f.split("\\^")[0]))
        .map(f -> {
          String[] nameAndBoost = f.split("\\^", 2);
          return nameAndBoost[0] + "." + language + (nameAndBoost.length == 2 ? "^" + nameAndBoost[1] : "");
        })
        .toList();
  }

  private static Query crossFields(String text, List<String> fields) {
    return Query.of(q -> q.multiMatch(m -> m
        .query(text)
        .fields(fields)
        .type(TextQueryType.CrossFields)
        .operator(Operator.Or)
        .minimumShouldMatch(MOST_WORDS)));
  }

  /**
   * Each word may carry a typo, in any of the typo fields; of more than two words a quarter may be
   * missing, as in {@link #query}. Word by word because {@code cross_fields} cannot be fuzzy and
   * {@code best_fields} would want all words in one field. Empty for a text of only short words.
   */
  private static Optional<Query> forgiving(String text) {
    if (!typosPossible(text)) {
      return Optional.empty();
    }
    List<Query> words = words(text).stream()
        .filter(word -> word.codePointCount(0, word.length()) <= LONGEST_FORGIVEN_WORD)
        .map(word -> Query.of(q -> q.multiMatch(m -> m
            .query(word)
            .fields(TYPO_FIELDS)
            .type(TextQueryType.BestFields)
            .fuzziness(FUZZINESS)
            .prefixLength(1))))
        .toList();
    return Optional.of(Query.of(q -> q.bool(b -> b.should(words).minimumShouldMatch(MOST_WORDS))));
  }

  /** A word of 5 to {@link #LONGEST_FORGIVEN_WORD} letters. */
  private static boolean forgivable(String word) {
    int letters = word.codePointCount(0, word.length());
    return letters >= 5 && letters <= LONGEST_FORGIVEN_WORD;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[\\s\\p{Punct}]+")).filter(w -> !w.isBlank()).toList();
  }
}
