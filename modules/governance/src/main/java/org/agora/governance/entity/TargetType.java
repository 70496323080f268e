package org.agora.governance.entity;

/** What can be reported. */
public enum TargetType {
  POST,
  COMMENT,
  BOOKMARK,
  PROFILE
}
