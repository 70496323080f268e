package org.agora.communities.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.agora.communities.entity.Visibility;

/**
 * Creating ({@code name} and {@code visibility} required) or changing a community (fields left out
 * stay). A class, not a record: Payara's OpenAPI generator fails on constrained record components.
 */
public class CommunityRequest {
  @Size(min = 1, max = 120) public String name;
  @Size(max = 2000) public String description;
  public Visibility visibility;
  @Size(max = 10000) public String guidelines;
  @Size(max = 60) public String category;
  @Size(max = 20) public List<@Size(max = 60) String> tags;
}
