package org.agora.analysis.control;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import de.danielnaber.jwordsplitter.InputTooLongException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of German compound words, from jwordsplitter's dictionary: "projektleitung" has the parts
 * "projekt" and "leitung", "urlaubsantrag" has "urlaub" and "antrag" (the linking s dropped). The
 * dictionary (some MB of heap) is loaded once per node and shared: the splitter is only read after
 * it is built, so every analysis thread may use it.
 */
public final class GermanCompounds {

  private static final class Shared {
    static final GermanWordSplitter SPLITTER = load();
  }

  private GermanCompounds() {}

  /**
   * The word's parts of at least {@code minPartLength} characters, lower-cased, each once, without the
   * word itself; empty for a word that is no compound (or too long for the splitter).
   */
  public static List<String> parts(String word, int minPartLength) {
    List<String> found;
    try {
      found = Shared.SPLITTER.getSubWords(word);
    } catch (InputTooLongException tooLong) {
      return List.of();
    }
    String whole = word.toLowerCase(Locale.ROOT);
    Set<String> parts = new LinkedHashSet<>();
    for (String part : found) {
      String lower = part.toLowerCase(Locale.ROOT);
      if (lower.length() >= minPartLength && !lower.equals(whole)) {
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
