package org.agora.integration.entity;

/** PENDING: still to send (or to retry); DELIVERED: answered 2xx; FAILED: gave up after the last retry. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
