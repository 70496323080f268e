package org.agora.events.entity;

import java.time.Instant;
import java.util.List;

/**
 * Who answered one occurrence, each list in the order of answering (the waiting list's order is
 * the order of promotion); only active colleagues are listed and counted. {@code mine} is the
 * reader's own answer, null when they have not answered.
 */
public record AttendeesView(
    Instant occurrence,
    List<PersonRef> yes,
    List<PersonRef> maybe,
    List<PersonRef> no,
    List<PersonRef> waiting,
    AnswerCounts counts,
    MyAnswer mine) {}
