package org.agora.governance.entity;

/** Why a colleague reports something. */
public enum ReportReason {
  SPAM,
  HARASSMENT,
  CONFIDENTIAL,
  OFF_TOPIC,
  MISINFORMATION,
  OTHER
}
