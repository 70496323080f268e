package org.agora.activity.entity;

/** Why someone is notified; each can be switched off in the person's preferences. */
public enum NotificationType {
  MENTIONED,
  REPLIED,
  REACTED,
  SHARED,
  FOLLOWED,
  ENDORSED,
  ANSWER_ACCEPTED,
  INVITED,
  JOIN_REQUESTED,
  JOIN_ANSWERED,
  /** A moderator hid, restored or deleted something of theirs. */
  MODERATED,
  /** An idea they voted for changed its status. */
  IDEA_STATUS,
  /** A moderator decided on something they reported. */
  REPORT_DECIDED,
  /** The organiser changed an event they answered. */
  EVENT_CHANGED,
  /** The organiser cancelled an event they answered. */
  EVENT_CANCELLED,
  /** An event they are going to starts within a day, or within the hour. */
  EVENT_REMINDER,
  /** The owner of a survey asked them, as part of its audience, to answer it. */
  SURVEY_INVITED,
  /** A survey they were asked and have not answered closes soon. */
  SURVEY_REMINDER,
  /** A must-read announcement for them, still unconfirmed some days after it was posted. */
  ANNOUNCEMENT_REMINDER,
  /** An admin made them a newcomer's buddy; the newcomer is the actor. */
  BUDDY_ASSIGNED,
  /** A newcomer of their department wrote their first post: say hello. */
  NEWCOMER_FIRST_POST
}
