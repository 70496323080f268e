package org.agora.events.entity;

import java.time.Instant;

/**
 * A person going to an occurrence is to be reminded of it ({@code DAY}: it starts within a day,
 * {@code HOUR}: within the hour). Fired in the transaction that records the reminder as sent, so
 * the reminder and whatever the receivers write commit together or not at all.
 */
public record ReminderDue(long eventId, Long communityId, long organiserId, long personId, Instant occurrence, String kind) {}
