package org.agora.events.entity;

import java.time.Instant;

/**
 * One occurrence of an event in a calendar list: a single event has one, a recurring event one per
 * date of its rule. {@code myAnswer} is null when the reader has not answered this occurrence.
 */
public record OccurrenceView(
    long eventId,
    String title,
    Instant startsAt,
    Instant endsAt,
    String location,
    String onlineUrl,
    CommunityRef community,
    PersonRef organiser,
    AnswerCounts counts,
    MyAnswer myAnswer) {}
