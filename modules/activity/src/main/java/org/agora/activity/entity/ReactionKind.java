package org.agora.activity.entity;

/** The small fixed set of reactions: enough nuance, no emoji zoo. */
public enum ReactionKind {
  LIKE,
  CELEBRATE,
  INSIGHTFUL,
  SUPPORT,
  QUESTION
}
