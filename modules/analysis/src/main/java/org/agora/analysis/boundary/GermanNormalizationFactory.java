package org.agora.analysis.boundary;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code agora_german_normalization}: "müller", "mueller" and "muller" become "muller"; ß becomes ss
 * (Lucene's German2 heuristics: ä/ö/ü and ae/oe/ue to a/o/u, but not the "ue" after q). Expects
 * lower-cased tokens; usable in normalizers too.
 */
@NamedComponent("agora_german_normalization")
public class GermanNormalizationFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new GermanNormalizationFilter(tokenStream);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return create(tokenStream);
  }
}
