-- A notification about another module's object that has no stream item (a survey: survey:<id>)
-- names it here; a notification about an item keeps null and reads the item's object_ref.
alter table notification add column object_ref varchar(200);
