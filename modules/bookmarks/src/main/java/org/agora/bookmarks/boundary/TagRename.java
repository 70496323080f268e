package org.agora.bookmarks.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new name of a tag. */
public class TagRename {
  @NotBlank @Size(max = 60) public String to;
}
