-- What other modules may read of bookmarks in their own SQL (docs/architecture.md, "Table
-- ownership"): who saved a bookmark where, when, for whom, and whether moderators hid it.
create view bookmark_fact as
    select id, person_id, community_id, visibility, hidden_at is not null as hidden, created_at
    from bookmark;
comment on view bookmark_fact is 'published: each bookmark without its link or text, for aggregates';
