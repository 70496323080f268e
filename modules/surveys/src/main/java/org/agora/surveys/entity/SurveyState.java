package org.agora.surveys.entity;

/** Before {@code opensAt}, until {@code closesAt}, after. */
public enum SurveyState {
  UPCOMING,
  OPEN,
  CLOSED
}
