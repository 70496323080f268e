package org.agora.analysis.boundary;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs text through the standard tokenizer, lowercase and the given filters, as an index would. */
final class Tokens {

  /** One token as Lucene emits it. */
  record Token(String term, int positionIncrement, int start, int end) {}

  private Tokens() {}

  static List<String> terms(String text, UnaryOperator<TokenStream> filters) {
    return tokens(text, filters).stream().map(Token::term).toList();
  }

  static List<Token> tokens(String text, UnaryOperator<TokenStream> filters) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = filters.apply(new LowerCaseFilter(tokenizer))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), position.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The single term a one-word text becomes. */
  static String term(String word, UnaryOperator<TokenStream> filters) {
    List<String> terms = terms(word, filters);
    if (terms.size() != 1) {
      throw new AssertionError(word + " became " + terms);
    }
    return terms.getFirst();
  }
}
