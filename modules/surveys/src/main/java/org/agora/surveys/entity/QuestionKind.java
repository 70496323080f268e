package org.agora.surveys.entity;

/** A scale from 1 to 5 with labels at its ends, a choice among options, or free text. */
public enum QuestionKind {
  SCALE,
  CHOICE,
  TEXT
}
