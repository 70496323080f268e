package org.agora.surveys.entity;

/** Who is asked: every active colleague, the people of some departments, or a community's members. */
public enum AudienceKind {
  EVERYONE,
  DEPARTMENTS,
  COMMUNITY
}
