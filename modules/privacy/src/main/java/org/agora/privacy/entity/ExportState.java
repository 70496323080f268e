package org.agora.privacy.entity;

/** Where a data export stands: waiting for the job, being made, ready to download, or failed. */
public enum ExportState {
  PENDING,
  RUNNING,
  READY,
  FAILED
}
