-- What other modules may read of communities in their own SQL (docs/architecture.md, "Table
-- ownership"). Read access itself stays the communities module's rule (CommunityAccess): these
-- views give the facts it is made of, for queries that must filter in SQL.
create view community_card as
    select id, name, visibility, category, created_at, deleted_at from community;
comment on view community_card is 'published: a community''s name, visibility and whether it still exists';

create view community_member as
    select community_id, person_id, role, created_at from membership where state = 'ACTIVE';
comment on view community_member is 'published: the active members of each community and their role';
