/**
 * Enterprise integration: signed webhooks that carry domain events from the outbox to other
 * systems as Activity Streams 2.0, with retries and a delivery log.
 */
package org.agora.integration;
