-- How far the search relay has indexed the outbox: every row up to last_id, except the ids in
-- search_relay_gap (allocated but not committed when the relay passed them, or rolled back).
create table search_relay_cursor (
    id      smallint primary key check (id = 1),
    last_id bigint   not null
);
-- Starts where the relay used to be: before the first row it had not marked processed.
insert into search_relay_cursor (id, last_id)
select 1, coalesce((select min(id) - 1 from outbox where processed_at is null), (select max(id) from outbox), 0);

create table search_relay_gap (
    from_id    bigint      primary key,
    to_id      bigint      not null,
    noticed_at timestamptz not null
);
