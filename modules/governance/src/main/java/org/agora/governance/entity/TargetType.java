package org.agora.insights.entity;

/** What can be reported. */
public enum TargetType {
  POST,
  COMMENT,
  BOOKMARK,
  PROFILE
}
