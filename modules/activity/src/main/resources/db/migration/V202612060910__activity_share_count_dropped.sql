-- Shares are counted per reader (only those on profiles or in communities the reader may read,
-- not deleted), so one stored total for everyone cannot be shown to anyone: issue #24.
alter table activity drop column share_count;
