/** Scheduling, listing and answering events, and their iCalendar files, as services and over REST. */
package org.agora.events.boundary;
