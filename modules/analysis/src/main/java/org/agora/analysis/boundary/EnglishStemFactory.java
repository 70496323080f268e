package org.agora.analysis.boundary;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code agora_english_stem}: the Porter stemmer ("meetings" and "meeting" to "meet", "deployed" to
 * "deploy"), the one of Elasticsearch's {@code english} analyzer. Expects lower-cased tokens.
 */
@NamedComponent("agora_english_stem")
public class EnglishStemFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new PorterStemFilter(tokenStream);
  }
}
