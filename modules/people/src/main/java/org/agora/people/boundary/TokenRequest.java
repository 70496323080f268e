package org.agora.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /me/tokens}: a name that tells the owner what the token is for.
 *
 * <p>Request bodies with constraints are classes, not records: Payara's OpenAPI generator takes a
 * constrained record constructor parameter for a path parameter and fails.
 */
public class TokenRequest {
  @NotBlank @Size(max = 100) public String name;
}
