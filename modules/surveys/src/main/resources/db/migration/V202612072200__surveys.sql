-- Staff surveys (docs/surveys.md). Who answered (survey_respondent) and what was answered
-- (survey_response, survey_answer) are kept apart: an anonymous response has a random id, no
-- person and no time, so nothing in these tables links it to the respondent row.
create table survey (
    id             bigserial    primary key,
    owner_id       bigint       not null,
    title          varchar(200) not null,
    intro          text,
    audience_kind  varchar(11)  not null check (audience_kind in ('EVERYONE', 'DEPARTMENTS', 'COMMUNITY')),
    department_ids bigint[]     not null default '{}',
    community_id   bigint,
    anonymous      boolean      not null,
    opens_at       timestamptz  not null,
    closes_at      timestamptz  not null check (closes_at > opens_at),
    created_at     timestamptz  not null,
    invited_at     timestamptz,
    reminded_at    timestamptz
);
create index survey_open_by_close on survey (closes_at);
create index survey_by_owner on survey (owner_id);

create table survey_question (
    survey_id  bigint       not null references survey (id) on delete cascade,
    number     int          not null,
    kind       varchar(6)   not null check (kind in ('SCALE', 'CHOICE', 'TEXT')),
    text       varchar(500) not null,
    multiple   boolean      not null default false,
    low_label  varchar(100),
    high_label varchar(100),
    primary key (survey_id, number)
);

create table survey_option (
    survey_id bigint       not null,
    question  int          not null,
    number    int          not null,
    label     varchar(200) not null,
    primary key (survey_id, question, number),
    foreign key (survey_id, question) references survey_question (survey_id, number) on delete cascade
);

-- Who answered, never what: for "once per person" and for reminding those who did not.
create table survey_respondent (
    survey_id   bigint      not null references survey (id) on delete cascade,
    person_id   bigint      not null,
    answered_at timestamptz not null,
    primary key (survey_id, person_id)
);

-- What was answered. person_id and changed_at only for named surveys; department_id is the
-- respondent's department when answering, for breakdowns shown only for groups of at least five.
create table survey_response (
    id            uuid        primary key,
    survey_id     bigint      not null references survey (id) on delete cascade,
    person_id     bigint,
    department_id bigint,
    changed_at    timestamptz
);
create index survey_response_by_survey on survey_response (survey_id);
create unique index survey_response_named on survey_response (survey_id, person_id) where person_id is not null;

-- One row per scale point, chosen option or text.
create table survey_answer (
    response_id uuid not null references survey_response (id) on delete cascade,
    question    int  not null,
    scale       int  check (scale between 1 and 5),
    choice      int,
    text        text
);
create index survey_answer_by_response on survey_answer (response_id);
