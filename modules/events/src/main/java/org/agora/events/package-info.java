/** Events: dated gatherings, personal or in a community, with recurrence, answers, a waiting list and calendars. */
package org.agora.events;
