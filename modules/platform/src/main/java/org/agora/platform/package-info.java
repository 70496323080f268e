/**
 * The shared kernel every feature builds on: who the caller is, how errors and pages look on the
 * wire, how user text is made safe, and how domain events reach the outbox and the audit log.
 */
package org.agora.platform;
