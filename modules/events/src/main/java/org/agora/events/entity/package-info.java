/** Events and occurrences as readers see them, answers, and the events' domain events. */
package org.agora.events.entity;
