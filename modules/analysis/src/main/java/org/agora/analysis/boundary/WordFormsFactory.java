package org.agora.analysis.boundary;

import org.agora.analysis.control.WordForms;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code agora_word_forms}: each token as written (folded), as its German stem and as its English
 * stem, all at one position ({@link WordForms}). Place it after {@code lowercase} and the
 * compound splitter, so the parts of a compound get their forms too.
 */
@NamedComponent("agora_word_forms")
public class WordFormsFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return WordForms.of(tokenStream);
  }
}
