package org.agora.analysis.boundary;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code agora_english_possessive}: drops the trailing 's ("team's" to "team"), before the stemmer. */
@NamedComponent("agora_english_possessive")
public class EnglishPossessiveFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new EnglishPossessiveFilter(tokenStream);
  }
}
