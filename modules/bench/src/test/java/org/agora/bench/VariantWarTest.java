package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantWarTest {

  @TempDir Path temp;

  @Test
  void theBaselineJoinsACopyOfTheBundleAsABeanArchive() throws Exception {
    Path war = temp.resolve("agora.war");
    try (FileSystem zip = FileSystems.newFileSystem(war, Map.of("create", "true"))) {
      Files.createDirectories(zip.getPath("WEB-INF", "lib"));
      Files.writeString(zip.getPath("WEB-INF", "web.xml"), "<web-app/>");
    }

    Path variant = VariantWar.of(war, temp.resolve("target"), "live-naive", "org.agora.live.control");

    assertThat(variant.getFileName()).hasToString("agora-live-naive.war");
    Path jar = temp.resolve("inner.jar");
    try (FileSystem zip = FileSystems.newFileSystem(variant)) {
      assertThat(zip.getPath("WEB-INF", "web.xml")).exists();
      Files.copy(zip.getPath("WEB-INF", "lib", "agora-bench-live-naive.jar"), jar);
    }
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      assertThat(zip.getPath("org/agora/live/control/NaiveLiveStreams.class")).exists();
      assertThat(zip.getPath("org/agora/live/control/BlockingLiveSession.class")).exists();
      assertThat(Files.readString(zip.getPath("META-INF", "beans.xml"))).contains("bean-discovery-mode=\"annotated\"");
    }
    try (FileSystem zip = FileSystems.newFileSystem(war)) {
      assertThat(zip.getPath("WEB-INF", "lib")).isEmptyDirectory();
    }
  }
}
