-- What other modules may read of activity in their own SQL (docs/architecture.md, "Table
-- ownership"): the facts of who did what where and when, without text, for aggregates that must
-- run in the database (insights). Simple views: PostgreSQL inlines them, indexes stay in use.
create view activity_fact as
    select id, type, actor_id, community_id, parent_id, shared_id, question, created_at,
           deleted_at is not null as deleted
    from activity;
comment on view activity_fact is 'published: every activity item (post, comment, share, event) without its text';

create view reaction_fact as
    select activity_id, person_id, created_at from reaction;
comment on view reaction_fact is 'published: who reacted to which activity item, and when';

create view mention_fact as
    select activity_id, person_id from mention;
comment on view mention_fact is 'published: who is mentioned in which activity item';

create view activity_tag_fact as
    select activity_id, tag from activity_tag;
comment on view activity_tag_fact is 'published: the tags of each activity item';
