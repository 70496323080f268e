package org.agora.communities.entity;

/**
 * Who sees a community: PUBLIC (everyone reads, anyone joins), RESTRICTED (everyone sees that it
 * exists; joining needs approval; content for members), SECRET (invisible to non-members).
 */
public enum Visibility {
  PUBLIC,
  RESTRICTED,
  SECRET
}
