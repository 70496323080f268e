package org.agora.bookmarks.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.agora.bookmarks.entity.BookmarkVisibility;

/**
 * Saving ({@code url} required) or changing a bookmark (fields left out stay). A class, not a
 * record: Payara's OpenAPI generator fails on constrained record components.
 */
public class BookmarkRequest {
  @Size(max = 2000) public String url;
  @Size(max = 300) public String title;
  @Size(max = 4000) public String description;
  @Size(max = 30) public List<@Size(max = 60) String> tags;
  public BookmarkVisibility visibility;
  public Long communityId;
}
