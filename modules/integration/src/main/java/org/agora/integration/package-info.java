/**
 * Enterprise integration: signed webhooks that carry domain events from the outbox to other
 * systems as Activity Streams 2.0, notification and digest email through a mail queue, and the
 * LDAP directory sync of people, departments and community groups. See docs/integration.md.
 */
package org.agora.integration;
