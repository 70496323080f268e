package org.agora.governance.entity;

/** Where a moderation case stands: open, or what the moderator decided. */
public enum CaseStatus {
  OPEN,
  HIDDEN,
  RESTORED,
  DELETED,
  DISMISSED
}
