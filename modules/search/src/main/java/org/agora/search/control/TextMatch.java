package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How the words of a query meet the text of documents (the mapping in {@code /search/*-v3.json}).
 * Every text field holds each word in up to three forms at one position ({@code agora_text}): as
 * written but folded ("Müller", "Mueller" and "muller" alike, accents gone), its German stem and
 * its English stem; a German compound's parts are added in their forms too. A query's words get
 * the same forms without being split ({@code agora_text_search}): "Datenbank" finds
 * "Kundendatenbanken" through the index's parts, "meetings" finds "meeting", and "Kundendatenbank"
 * finds that compound in any form, not every post about a bank. One {@code cross_fields} query over
 * one group of fields, as with a single analysis: a common word costs what it cost before words had
 * forms (three sub-fields, one per analysis, each asked, scored it three times). A word's forms
 * in all fields are scored as one blended term, the best match counting alone: adding a share of
 * the others ({@code tie_breaker}) would rank a document with the word as written above one with
 * another form, but keeps Elasticsearch from skipping documents that cannot reach the page (a word
 * in every post, ranked by text alone: 77 instead of 5 ms on the benchmark organisation).
 *
 * <p>Typos are forgiven only when the words as written find nothing ({@link #withTypos}), and
 * only in words the reader's documents do not hold (see {@code Search}): a forgiving query costs
 * much more (each word is expanded to the similar terms of the index, and a common word then
 * cannot skip documents), and a search that finds something as written needs no near-misses.
 */
public final class TextMatch {

  /** The fields a text query searches, with their boosts; the same for every index. */
  static final List<String> FIELDS =
      List.of("title^3", "tags^2", "body", "author", "job_title", "department", "community", "location");

  /** Where a typo is forgiven: running text and names, never tags (a tag is exact by nature). */
  static final List<String> TYPO_FIELDS =
      List.of("title^3", "body", "author", "job_title", "department", "community", "location");

  /**
   * One letter wrong, missing, extra or swapped in a word (of 5 letters or more: {@link #forgivableWords}).
   * Two from 8 letters ({@code AUTO:5,8}) cost 33 to 53 ms instead of 6 to 9 ms per search for a
   * long German word on the benchmark organisation, and a word off by two letters is rather
   * another word than a typo.
   */
  static final String FUZZINESS = "1";

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

  /** Any of the alternative texts, in any form of their words; never parsed as Lucene syntax. */
  public static Query query(List<String> texts) {
    if (texts.size() == 1) {
      return crossFields(texts.getFirst());
    }
    return Query.of(q -> q.bool(b -> {
      texts.forEach(alternative -> b.should(crossFields(alternative)));
      return b.minimumShouldMatch("1");
    }));
  }

  /**
   * {@link #query} or the same words with one or two letters wrong in any of the {@code misspelt}
   * ones (lower case) on {@link #TYPO_FIELDS}; the other words as written, in any form.
   */
  public static Query withTypos(List<String> texts, Set<String> misspelt) {
    return Query.of(q -> q.bool(b -> {
      b.should(query(texts));
      for (String alternative : texts) {
        forgiving(alternative, misspelt).ifPresent(b::should);
      }
      return b.minimumShouldMatch("1");
    }));
  }

  /**
   * The words of a text that may hide a typo: 5 to {@link #LONGEST_FORGIVEN_WORD} letters and
   * nothing else (numbers and codes are exact), lower case; none in a text of more than
   * {@link #MOST_TYPO_WORDS} words (a pasted paragraph).
   */
  public static List<String> forgivableWords(String text) {
    List<String> words = words(text);
    if (words.size() > MOST_TYPO_WORDS) {
      return List.of();
    }
    return words.stream().filter(TextMatch::forgivable).map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  /**
   * The words to mark in snippets: any of the texts in the snippet fields, in any form. Never
   * forgiving typos, even when the search did: highlighting a fuzzy query re-runs it on every hit's
   * text (1.2 s instead of 60 ms for a page of the benchmark organisation); such hits show their
   * text unmarked.
   */
  static Query highlighted(List<String> texts, List<String> snippetFields) {
    return Query.of(q -> q.bool(b -> {
      for (String alternative : texts) {
        b.should(s -> s.multiMatch(m -> m.query(alternative).fields(snippetFields).type(TextQueryType.MostFields)));
      }
      return b;
    }));
  }

  private static Query crossFields(String text) {
    return Query.of(q -> q.multiMatch(m -> m
        .query(text)
        .fields(FIELDS)
        .type(TextQueryType.CrossFields)
        .operator(Operator.Or)
        .minimumShouldMatch(MOST_WORDS)));
  }

  /**
   * The misspelt words forgiving one or two letters, in any of the typo fields, the others as
   * written; of more than two words a quarter may be missing, as in {@link #query}. Word by word
   * because {@code cross_fields} cannot be fuzzy and {@code best_fields} would want all words in
   * one field. Empty when no word of the text is among the misspelt.
   */
  private static Optional<Query> forgiving(String text, Set<String> misspelt) {
    List<String> words = words(text);
    if (words.size() > MOST_TYPO_WORDS || words.stream().noneMatch(w -> misspelt(w, misspelt))) {
      return Optional.empty();
    }
    List<Query> clauses = words.stream()
        .map(word -> misspelt(word, misspelt)
            ? Query.of(q -> q.multiMatch(m -> m
                .query(word)
                .fields(TYPO_FIELDS)
                .type(TextQueryType.BestFields)
                .fuzziness(FUZZINESS)
                .prefixLength(1)))
            : crossFields(word))
        .toList();
    return Optional.of(Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch(MOST_WORDS))));
  }

  private static boolean misspelt(String word, Set<String> misspelt) {
    return forgivable(word) && misspelt.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A word of 5 to {@link #LONGEST_FORGIVEN_WORD} letters, nothing but letters. */
  private static boolean forgivable(String word) {
    int letters = word.codePointCount(0, word.length());
    return letters >= 5 && letters <= LONGEST_FORGIVEN_WORD && word.codePoints().allMatch(Character::isLetter);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[\\s\\p{Punct}]+")).filter(w -> !w.isBlank()).toList();
  }
}
