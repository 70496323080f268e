/** The events' own rules: input checks, the recurrence subset, occurrences, the waiting list, iCalendar, SQL. */
package org.agora.events.control;
