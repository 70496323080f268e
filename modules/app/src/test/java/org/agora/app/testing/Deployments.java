package org.agora.app.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: always the real bundle Maven just built. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive agora() {
    File war = new File(System.getProperty("agora.it.war", "target/agora.war"));
    return ShrinkWrap.create(ZipImporter.class, "agora.war").importFrom(war).as(WebArchive.class);
  }

  /** The bundle plus the in-container test classes, their helpers and AssertJ. */
  public static WebArchive agoraWith(Class<?>... testClasses) {
    return agora()
        .addClasses(testClasses)
        .addClass(Deployments.class)
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  /**
   * A library carrying {@code settings} ("key=value" lines) as its MicroProfile Config, above the
   * bundle's own and the nodes' system properties: a deployment's settings of its own.
   */
  public static JavaArchive settings(String name, String... settings) {
    String config = "config_ordinal=500\n" + String.join("\n", settings) + "\n";
    return ShrinkWrap.create(JavaArchive.class, name + "-settings.jar")
        .addAsManifestResource(new StringAsset(config), "microprofile-config.properties");
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
