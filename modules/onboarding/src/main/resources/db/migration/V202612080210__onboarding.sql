-- Onboarding (docs/onboarding.md): which communities a department's newcomers are asked to join,
-- who is whose buddy, who an admin flagged as a newcomer, and whose first post was announced.
-- Person, department and community ids point into other modules: no foreign keys across modules.
create table onboarding_community (
    department_id bigint      not null,
    community_id  bigint      not null,
    kind          varchar(11) not null check (kind in ('DEPARTMENT', 'RECOMMENDED')),
    primary key (department_id, community_id)
);
-- At most one department community per department.
create unique index onboarding_department_community on onboarding_community (department_id) where kind = 'DEPARTMENT';

create table onboarding_buddy (
    newcomer_id bigint      primary key,
    buddy_id    bigint      not null check (buddy_id <> newcomer_id),
    assigned_by bigint      not null,
    assigned_at timestamptz not null
);
create index onboarding_buddy_by_buddy on onboarding_buddy (buddy_id);

create table onboarding_newcomer (
    person_id  bigint      primary key,
    flagged_by bigint      not null,
    flagged_at timestamptz not null
);

-- One row per newcomer whose first post their department was told about: told once, never twice.
create table onboarding_greeting (
    person_id   bigint      primary key,
    activity_id bigint      not null,
    greeted_at  timestamptz not null
);
