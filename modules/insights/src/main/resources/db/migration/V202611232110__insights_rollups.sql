-- Daily rollups of the organisation's insights (secret and deleted communities left out when a
-- day is rolled up), so the dashboard reads a few thousand rows instead of scanning millions.
-- See docs/insights.md ("Rollups").

-- Everything created before rolled_to is in the rollups; days before rolled_to's day are complete.
-- excluded: the secret or deleted communities the rollups left out (a change means a rebuild).
create table insights_rollup_state (
    id        int primary key check (id = 1),
    rolled_to timestamptz,
    excluded  bigint[] not null default '{}',
    built_at  timestamptz
);
insert into insights_rollup_state (id) values (1);

-- Who did something on a day, and how much of each kind: exact distinct active people per week
-- or month (a person is one row per day), and the activity counts.
create table insights_day_person (
    day       date   not null,
    person_id bigint not null,
    posts     int    not null,
    comments  int    not null,
    shares    int    not null,
    reactions int    not null,
    bookmarks int    not null,
    primary key (day, person_id)
);

-- Interactions (comments, reactions, mentions, shares) between departments (0: none), self-interactions left out.
create table insights_day_interaction (
    day                date   not null,
    from_department_id bigint not null,
    to_department_id   bigint not null,
    interactions       int    not null,
    primary key (day, from_department_id, to_department_id)
);

-- Per person and day: the departments of the people they interacted with (both directions), as a
-- bit string (bit n = department n), and how many interactions: the connectors' reach.
create table insights_day_reach (
    day          date   not null,
    person_id    bigint not null,
    departments  varbit not null,
    interactions int    not null,
    primary key (day, person_id)
);

create table insights_day_tag (
    day  date        not null,
    tag  varchar(60) not null,
    uses int         not null,
    primary key (day, tag)
);

-- Rolling up a day and the live tail read time ranges.
create index activity_created on activity (created_at);
create index reaction_created on reaction (created_at);
create index bookmark_created on bookmark (created_at);
