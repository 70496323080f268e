package org.agora.privacy.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agora.platform.entity.PersonalDataFile;

/**
 * The ZIP a person downloads: every module's files under their own names, and a README.txt that says
 * what each file is and what the export leaves out on purpose. Two files of one name (a module that
 * answered twice) keep the first.
 */
public final class ExportArchive {

  static final String README = "README.txt";

  /** Descriptions of the files whose meaning is not plain from their name. */
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("people/profile.json", "your profile: names, contact details, department, skills, languages"),
      Map.entry("people/photo.png", "the profile photo you uploaded"),
      Map.entry("people/follows.json", "whom you follow and who follows you"),
      Map.entry("people/endorsements.json", "skill endorsements you gave and received"),
      Map.entry("people/tokens.json", "your personal access tokens: names and dates, never the secrets"),
      Map.entry("people/sso-links.json", "the single sign-on accounts linked to yours"),
      Map.entry("activity/posts.json", "posts, comments and shares you wrote, with their earlier versions"),
      Map.entry("activity/reactions.json", "your reactions to posts and comments"),
      Map.entry("activity/mentions.json", "the posts and comments that mention you (their ids)"),
      Map.entry("activity/poll-votes.json", "your votes in polls"),
      Map.entry("activity/tags.json", "the tags you follow"),
      Map.entry("activity/notifications.json", "notifications to you and your notification settings"),
      Map.entry("activity/read-markers.json", "where you stopped reading your feeds"),
      Map.entry("platform/audit.json", "audit log entries about you or made by you"),
      Map.entry("privacy/exports.json", "the data exports you asked for"));

  private ExportArchive() {}

  public static byte[] zip(List<PersonalDataFile> files, Instant madeAt) {
    Map<String, PersonalDataFile> byName = new LinkedHashMap<>();
    for (PersonalDataFile file : files) {
      if (!README.equals(file.name())) {
        byName.putIfAbsent(file.name(), file);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      add(zip, README, readme(byName.keySet().stream().sorted().toList(), madeAt).getBytes(StandardCharsets.UTF_8));
      for (PersonalDataFile file : byName.values()) {
        add(zip, file.name(), file.content());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String readme(List<String> names, Instant madeAt) {
    StringBuilder text = new StringBuilder()
        .append("Your data in Agora\n==================\n\n")
        .append("Made ").append(madeAt).append(" (UTC). Everything Agora holds about you: what you wrote and did,\n")
        .append("and what others recorded about you (endorsements you received, audit entries about you).\n")
        .append("It leaves out what you could merely read, and secrets (passwords, token values).\n")
        .append("Anonymous survey answers are stored apart from who answered and cannot be linked to you,\n")
        .append("so they are not included. The JSON files are UTF-8; times are ISO 8601 in UTC.\n\n")
        .append("Files\n-----\n\n");
    for (String name : names) {
      text.append(name).append(": ").append(describe(name)).append('\n');
    }
    return text.toString();
  }

  static String describe(String name) {
    String known = KNOWN.get(name);
    if (known != null) {
      return known;
    }
    int slash = name.indexOf('/');
    String module = slash < 0 ? "agora" : name.substring(0, slash);
    String kind = name.substring(slash + 1).replaceFirst("\\.[a-z]+$", "").replace('-', ' ');
    return "your " + kind + " (" + module + ")";
  }

  private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
