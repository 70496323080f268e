package org.agora.ideas.entity;

/** Where an idea stands; moderators move it along, voters are told. */
public enum IdeaStatus {
  NEW,
  UNDER_REVIEW,
  PLANNED,
  DONE,
  DECLINED
}
