package org.agora.analysis.boundary;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code agora_german_stem}: Lucene's light German stemmer ("datenbanken" and "datenbank" both become
 * "datenbank"), the one Elasticsearch's own {@code german} analyzer uses. Run it after the umlaut
 * normalisation, as that analyzer does.
 */
@NamedComponent("agora_german_stem")
public class GermanStemFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new GermanLightStemFilter(tokenStream);
  }
}
