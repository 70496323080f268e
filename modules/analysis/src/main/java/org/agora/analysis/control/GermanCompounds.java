package org.agora.analysis.control;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import de.danielnaber.jwordsplitter.InputTooLongException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of German compound words, from jwordsplitter's dictionary: "projektleitung" has the parts
 * "projekt" and "leitung", "urlaubsantrag" has "urlaub" and "antrag" (the linking s dropped). The
 * dictionary (about 6 MB of heap) is loaded once per node and shared: the splitter is only read after
 * it is built, so every analysis thread may use it. A split costs some 20 µs, and a text repeats its
 * words, so the splits of recent words are kept (emptied when full, which is cheaper than an LRU).
 */
public final class GermanCompounds {

  private static final int REMEMBERED_WORDS = 20_000;
  private static final Map<String, List<String>> RECENT = new ConcurrentHashMap<>();

  private static final class Shared {
    static final GermanWordSplitter SPLITTER = load();
  }

  private GermanCompounds() {}

  /**
   * The word's parts of at least {@code minPartLength} characters, lower-cased, each once, without the
   * word itself; empty for a word that is no compound (or too long for the splitter).
   */
  public static List<String> parts(String word, int minPartLength) {
    String whole = word.toLowerCase(Locale.ROOT);
    List<String> parts = RECENT.get(whole);
    if (parts == null) {
      parts = split(whole);
      if (RECENT.size() >= REMEMBERED_WORDS) {
        RECENT.clear();
      }
      RECENT.put(whole, parts);
    }
    return parts.stream().filter(part -> part.length() >= minPartLength).toList();
  }

  private static List<String> split(String whole) {
    List<String> found;
    try {
      found = Shared.SPLITTER.getSubWords(whole);
    } catch (InputTooLongException tooLong) {
      return List.of();
    }
    Set<String> parts = new LinkedHashSet<>();
    for (String part : found) {
      String lower = part.toLowerCase(Locale.ROOT);
      if (!lower.equals(whole)) {
        parts.add(lower);
      }
    }
    return List.copyOf(parts);
  }

  private static GermanWordSplitter load() {
    try {
      return new GermanWordSplitter(true);
    } catch (IOException e) {
      throw new UncheckedIOException("jwordsplitter's German dictionary could not be read", e);
    }
  }
}
