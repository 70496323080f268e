package org.agora.analysis.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps every token and adds the parts of a German compound after it, at the same position and with
 * the whole word's offsets (as Lucene's compound filters do), so "Projektleitung" is found by
 * "Projekt" and by "Leitung" and a phrase query still sees one word. Tokens marked as keywords and
 * tokens outside the length bounds pass unsplit.
 */
public final class DecompoundFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private final int minWordLength;
  private final int maxWordLength;
  private final int minPartLength;
  private State word;

  public DecompoundFilter(TokenStream input, int minWordLength, int maxWordLength, int minPartLength) {
    super(input);
    this.minWordLength = minWordLength;
    this.maxWordLength = maxWordLength;
    this.minPartLength = minPartLength;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (!keyword.isKeyword() && length >= minWordLength && length <= maxWordLength) {
      pending.addAll(GermanCompounds.parts(term.toString(), minPartLength));
      if (!pending.isEmpty()) {
        word = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
