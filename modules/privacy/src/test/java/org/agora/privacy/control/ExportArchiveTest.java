package org.agora.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agora.platform.entity.PersonalDataFile;
import org.junit.jupiter.api.Test;

class ExportArchiveTest {

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  @Test
  void everyFileIsInTheZipBehindAReadmeThatDescribesIt() throws IOException {
    byte[] photo = {(byte) 0x89, 'P', 'N', 'G'};
    byte[] zip = ExportArchive.zip(List.of(
        PersonalDataFile.json("activity/posts.json", "[{\"text\":\"Grüße\"}]"),
        new PersonalDataFile("people/photo.png", photo),
        PersonalDataFile.json("events/answers.json", "[]")), Instant.parse("2026-12-08T01:00:00Z"));

    Map<String, byte[]> entries = unzip(zip);
    assertThat(entries.keySet()).containsExactly("README.txt", "activity/posts.json", "people/photo.png", "events/answers.json");
    assertThat(new String(entries.get("activity/posts.json"), StandardCharsets.UTF_8)).contains("Grüße");
    assertThat(entries.get("people/photo.png")).isEqualTo(photo);
    String readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains("activity/posts.json: posts, comments and shares you wrote")
        .contains("events/answers.json: your answers (events)")
        .contains("Anonymous survey answers")
        .contains("2026-12-08T01:00:00Z");
  }

  @Test
  void aNameTwiceKeepsTheFirstAndNoModuleReplacesTheReadme() throws IOException {
    byte[] zip = ExportArchive.zip(List.of(
        PersonalDataFile.json("a/x.json", "1"), PersonalDataFile.json("a/x.json", "2"),
        PersonalDataFile.json("README.txt", "mine")), Instant.EPOCH);

    Map<String, byte[]> entries = unzip(zip);
    assertThat(entries.keySet()).containsExactly("README.txt", "a/x.json");
    assertThat(new String(entries.get("a/x.json"), StandardCharsets.UTF_8)).isEqualTo("1");
    assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8)).startsWith("Your data in Agora");
  }

  @Test
  void nothingToExportStillGivesAReadme() throws IOException {
    assertThat(unzip(ExportArchive.zip(List.of(), Instant.EPOCH)).keySet()).containsExactly("README.txt");
  }
}
