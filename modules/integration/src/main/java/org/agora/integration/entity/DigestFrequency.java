package org.agora.integration.entity;

/** How often a person gets a digest of the notifications they have not read. */
public enum DigestFrequency {
  NONE,
  DAILY,
  WEEKLY
}
