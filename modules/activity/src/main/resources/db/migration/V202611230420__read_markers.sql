-- How far a person has read a feed ('home' or 'community:<id>'): the newest id they have seen.
create table read_marker (
    person_id    bigint      not null references person (id),
    scope        varchar(40) not null,
    last_seen_id bigint      not null,
    primary key (person_id, scope)
);
