-- Announcements (docs/announcements.md). Each announcement is also a post (activity_id, owned by
-- activity); these tables keep what makes it an announcement: its audience (everyone, or the
-- members of community_id), whether it must be confirmed, how long it stays pinned, and per
-- person whether they saw, confirmed or dismissed it.
create table announcement (
    id            bigserial   primary key,
    activity_id   bigint      not null unique,
    community_id  bigint,
    author_id     bigint      not null,
    must_read     boolean     not null,
    pinned_until  timestamptz not null,
    created_at    timestamptz not null,
    reminded_at   timestamptz
);
create index announcement_pinned on announcement (pinned_until);
create index announcement_by_author on announcement (author_id);

create table announcement_receipt (
    announcement_id bigint      not null references announcement (id) on delete cascade,
    person_id       bigint      not null,
    seen_at         timestamptz,
    confirmed_at    timestamptz,
    dismissed_at    timestamptz,
    primary key (announcement_id, person_id)
);
create index announcement_receipt_by_person on announcement_receipt (person_id);
