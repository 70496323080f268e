-- Finds the stream item that stands for another module's object (an event's "scheduled" item,
-- when its attendees are told of a change). Only the few items with a reference are indexed.
create index activity_object_ref on activity (object_ref) where object_ref is not null;
