package org.agora.platform.entity;

import java.nio.charset.StandardCharsets;

/**
 * One file of a person's data export: a module's JSON, or the photo. {@code name} is the path in
 * the ZIP, such as {@code activity/posts.json}.
 */
public record PersonalDataFile(String name, byte[] content) {

  public static PersonalDataFile json(String name, String json) {
    return new PersonalDataFile(name, json.getBytes(StandardCharsets.UTF_8));
  }
}
