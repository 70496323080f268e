package org.agora.analysis.boundary;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * {@code agora_ascii_folding}: letters outside Basic Latin to their ASCII look-alikes ("josé" to
 * "jose", "łódź" to "lodz", "müller" to "muller", "ß" to "ss"), as Elasticsearch's
 * {@code asciifolding}; with {@code preserve_original} the unfolded token stays too. Usable in
 * normalizers (without the original).
 */
@NamedComponent("agora_ascii_folding")
public class AsciiFoldingFactory implements TokenFilterFactory {

  /** The filter's settings in the index's analysis section. */
  @AnalysisSettings
  public interface Settings {
    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
  }

  private final boolean preserveOriginal;

  @Inject
  public AsciiFoldingFactory(Settings settings) {
    this.preserveOriginal = settings.preserveOriginal();
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return new ASCIIFoldingFilter(tokenStream, false);
  }
}
