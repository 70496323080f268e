package org.agora.analysis.boundary;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * {@code agora_edge_ngram}: the prefixes of each token for type-ahead ("kube" from "kubernetes"), as
 * Elasticsearch's {@code edge_ngram}. Meant for the index side of a field: its search analyzer
 * should keep the typed words whole, else "kx" matches everything that starts with "k".
 */
@NamedComponent("agora_edge_ngram")
public class EdgeNGramFactory implements TokenFilterFactory {

  /** The filter's settings in the index's analysis section. */
  @AnalysisSettings
  public interface Settings {
    @IntSetting(path = "min_gram", defaultValue = 1)
    int minGram();

    @IntSetting(path = "max_gram", defaultValue = 20)
    int maxGram();

    /** Keeps tokens longer than max_gram whole as well. */
    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
  }

  private final int minGram;
  private final int maxGram;
  private final boolean preserveOriginal;

  @Inject
  public EdgeNGramFactory(Settings settings) {
    this.minGram = settings.minGram();
    this.maxGram = settings.maxGram();
    this.preserveOriginal = settings.preserveOriginal();
    if (minGram < 1 || maxGram < minGram) {
      throw new IllegalArgumentException("agora_edge_ngram needs 1 <= min_gram <= max_gram, got " + minGram + ", " + maxGram);
    }
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
  }
}
