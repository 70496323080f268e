-- Readers of the outbox keep cursors of their own (search_relay_cursor, webhook.outbox_cursor);
-- nobody marks outbox rows any more.
drop index outbox_pending;
alter table outbox drop column processed_at;
