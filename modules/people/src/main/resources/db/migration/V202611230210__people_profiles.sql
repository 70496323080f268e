create table person_language (
    person_id bigint      not null references person (id),
    language  varchar(40) not null,
    primary key (person_id, language)
);

-- An uploaded profile photo, already checked and re-encoded; at most one per person.
create table person_photo (
    person_id    bigint primary key references person (id),
    content_type varchar(40) not null,
    bytes        bytea       not null,
    updated_at   timestamptz not null
);

create table follow (
    follower_id bigint      not null references person (id),
    followee_id bigint      not null references person (id),
    created_at  timestamptz not null,
    primary key (follower_id, followee_id),
    check (follower_id <> followee_id)
);
create index follow_followee on follow (followee_id);

create table endorsement (
    person_id   bigint      not null references person (id),
    skill       varchar(60) not null,
    endorser_id bigint      not null references person (id),
    created_at  timestamptz not null,
    primary key (person_id, skill, endorser_id),
    check (person_id <> endorser_id)
);
create index endorsement_endorser on endorsement (endorser_id);

-- Different names for the same skill meet under one canonical name.
create table skill_alias (
    alias     varchar(60) primary key,
    canonical varchar(60) not null
);
insert into skill_alias (alias, canonical) values
    ('k8s', 'kubernetes'),
    ('kube', 'kubernetes'),
    ('js', 'javascript'),
    ('ecmascript', 'javascript'),
    ('ts', 'typescript'),
    ('postgres', 'postgresql'),
    ('psql', 'postgresql'),
    ('pg', 'postgresql'),
    ('java ee', 'jakarta ee'),
    ('javaee', 'jakarta ee'),
    ('j2ee', 'jakarta ee'),
    ('es', 'elasticsearch'),
    ('elastic', 'elasticsearch'),
    ('ml', 'machine learning'),
    ('ai', 'artificial intelligence'),
    ('ux', 'user experience'),
    ('seo', 'seo'),
    ('dsgvo', 'gdpr'),
    ('golang', 'go'),
    ('py', 'python'),
    ('tf', 'terraform'),
    ('aws', 'aws'),
    ('amazon web services', 'aws'),
    ('gcp', 'google cloud'),
    ('ms excel', 'excel'),
    ('ci/cd', 'continuous delivery'),
    ('cicd', 'continuous delivery');

-- Lets views build a cache-busting photo URL without touching person_photo.
alter table person add column photo_updated_at timestamptz;
