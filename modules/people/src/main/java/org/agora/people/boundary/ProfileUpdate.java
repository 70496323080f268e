package org.agora.people.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A change to a profile ({@code PATCH}): fields left out stay as they are. A class with public
 * fields rather than a record, see {@link TokenRequest}.
 */
public class ProfileUpdate {
  @Size(min = 1, max = 120) public String displayName;
  @Size(max = 120) public String title;
  public Long departmentId;
  @Size(max = 120) public String location;

  @Size(max = 40)
  @Pattern(regexp = "[0-9+()/ .-]*", message = "digits, spaces and + ( ) / . - only")
  public String phone;

  @Email @Size(max = 254) public String email;
  @Size(max = 4000) public String about;
  @Size(max = 50) public List<@Size(max = 60) String> skills;
  @Size(max = 20) public List<@Size(max = 40) String> languages;

  /** The web UI's language: "en" or "de"; "" follows the browser again. */
  @Pattern(regexp = "(en|de)?", message = "en, de, or empty for the browser's language")
  public String uiLanguage;
}
