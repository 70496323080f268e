package org.agora.privacy.entity;

import java.time.Instant;

/** A person's newest data export: its state, how far it is (0-100), when it was asked for and until when it is kept. */
public record ExportStatus(long id, ExportState status, int progress, Instant requestedAt, Instant expiresAt) {

  public boolean ready() {
    return status == ExportState.READY;
  }
}
