package org.agora.analysis.boundary;

import org.agora.analysis.control.DecompoundFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * {@code agora_german_decompound}: keeps each word and adds the parts of German compounds
 * ("projektleitung" + "projekt" + "leitung"). Place it after {@code lowercase} and before the umlaut
 * normalisation: the dictionary spells "tür", not "tur" or "tuer".
 */
@NamedComponent("agora_german_decompound")
public class GermanDecompoundFactory implements TokenFilterFactory {

  /** The filter's settings in the index's analysis section. */
  @AnalysisSettings
  public interface Settings {
    /** Shorter words are never split. */
    @IntSetting(path = "min_word_length", defaultValue = 6)
    int minWordLength();

    /** Longer tokens (ids, run-together strings) are never split; jwordsplitter refuses over 70. */
    @IntSetting(path = "max_word_length", defaultValue = 50)
    int maxWordLength();

    /** Shorter parts are dropped. */
    @IntSetting(path = "min_part_length", defaultValue = 3)
    int minPartLength();
  }

  private final int minWordLength;
  private final int maxWordLength;
  private final int minPartLength;

  @Inject
  public GermanDecompoundFactory(Settings settings) {
    this.minWordLength = settings.minWordLength();
    this.maxWordLength = Math.min(settings.maxWordLength(), 70);
    this.minPartLength = settings.minPartLength();
    if (minWordLength < 1 || minPartLength < 1 || maxWordLength < minWordLength) {
      throw new IllegalArgumentException("agora_german_decompound needs 1 <= min_part_length, 1 <= min_word_length"
          + " <= max_word_length <= 70, got " + minPartLength + ", " + minWordLength + ", " + maxWordLength);
    }
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new DecompoundFilter(tokenStream, minWordLength, maxWordLength, minPartLength);
  }
}
