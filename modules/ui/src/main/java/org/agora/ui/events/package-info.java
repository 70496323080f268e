/** The events views: upcoming events with answers, an event's page, scheduling one. */
package org.agora.ui.events;
