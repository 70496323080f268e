-- The home feed's first pages, written when an activity is created (fan-out on write) and rebuilt
-- from the followed sources when a person's subscriptions change. Deeper pages fall back to
-- reading the sources directly (see FeedSql). Visibility is checked again on every read.
create table home_timeline (
    owner_id    bigint not null,
    activity_id bigint not null,
    primary key (owner_id, activity_id)
);
