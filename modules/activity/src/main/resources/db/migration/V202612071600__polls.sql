-- A post may carry a poll: two to ten options, one answer or several, open until closes_at (or
-- for good), named or anonymous.
create table poll (
    activity_id bigint      primary key references activity (id),
    multiple    boolean     not null,
    anonymous   boolean     not null,
    closes_at   timestamptz
);

-- The options in the order the author gave them, each with its count: the only place an
-- anonymous poll keeps what was chosen.
create table poll_option (
    id          bigserial    primary key,
    activity_id bigint       not null references poll (activity_id),
    position    int          not null,
    text        varchar(200) not null,
    votes       int          not null default 0,
    unique (activity_id, position)
);

-- Who has voted in a poll (one vote per person), without what or when: for an anonymous poll
-- nothing links a person to an option.
create table poll_voter (
    activity_id bigint not null references poll (activity_id),
    person_id   bigint not null references person (id),
    primary key (activity_id, person_id)
);

-- What each voter of a named poll chose; never written for an anonymous poll.
create table poll_choice (
    activity_id bigint not null,
    person_id   bigint not null,
    option_id   bigint not null references poll_option (id),
    primary key (activity_id, person_id, option_id),
    foreign key (activity_id, person_id) references poll_voter (activity_id, person_id)
);
create index poll_option_activity on poll_option (activity_id);
