package org.agora.analysis.control;

import java.io.IOException;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Each lower-cased token in three forms at one position, duplicates dropped: as written (umlauts
 * normalised, folded to ASCII: "müller", "mueller" and "muller" alike), its German light stem and
 * its English Porter stem (both folded too). One field so holds what three fields of one language
 * each would, and a query of one word asks one field, not three: "datenbanken" is indexed as
 * "datenbanken" and "datenbank", so a search for "Datenbank" finds it, and a document with the
 * word as written matches more forms of the query than one with another form of it.
 *
 * <p>The token's type attribute tells the copies apart on their way through the stemmers; the
 * standard tokenizer's types are not used after this filter (nor indexed).
 */
public final class WordForms {

  static final String WRITTEN = "agora_written";
  static final String GERMAN = "agora_german";
  static final String ENGLISH = "agora_english";

  private WordForms() {}

  public static TokenStream of(TokenStream lowerCased) {
    TokenStream copies = new ThreeCopies(lowerCased);
    TokenStream german = onlyOn(GERMAN, copies, in -> new GermanLightStemFilter(new GermanNormalizationFilter(in)));
    TokenStream english = onlyOn(ENGLISH, german, in -> new PorterStemFilter(new EnglishPossessiveFilter(in)));
    TokenStream written = onlyOn(WRITTEN, english, GermanNormalizationFilter::new);
    return new RemoveDuplicatesTokenFilter(new ASCIIFoldingFilter(written));
  }

  private static TokenStream onlyOn(String copy, TokenStream input, Function<TokenStream, TokenStream> filters) {
    return new ConditionalTokenFilter(input, filters) {
      private final TypeAttribute type = addAttribute(TypeAttribute.class);

      @Override
      protected boolean shouldFilter() {
        return copy.equals(type.type());
      }
    };
  }

  /** Emits every token three times, the copies at the same position, typed by what they become. */
  private static final class ThreeCopies extends TokenFilter {

    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private State token;
    private int copiesLeft;

    ThreeCopies(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (copiesLeft > 0) {
        restoreState(token);
        position.setPositionIncrement(0);
        type.setType(copiesLeft == 2 ? GERMAN : ENGLISH);
        copiesLeft--;
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      token = captureState();
      type.setType(WRITTEN);
      copiesLeft = 2;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      token = null;
      copiesLeft = 0;
    }
  }
}
