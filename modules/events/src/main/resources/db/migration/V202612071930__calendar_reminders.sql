-- Reminders sent: one row per occurrence, person and kind (the day before, the hour before). The
-- job claims a reminder by inserting its row, so two nodes never send the same one twice.
create table calendar_reminder (
    event_id         bigint      not null references calendar_event (id),
    occurrence_start timestamptz not null,
    person_id        bigint      not null,
    kind             varchar(4)  not null check (kind in ('DAY', 'HOUR')),
    sent_at          timestamptz not null,
    primary key (event_id, occurrence_start, person_id, kind)
);

-- The job's question every minute: who goes to an occurrence starting in the next 24 hours.
create index calendar_rsvp_going_by_start on calendar_rsvp (occurrence_start) where answer = 'YES' and not waitlisted;
