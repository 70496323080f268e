-- The language a person chose for the web UI (null: the browser's language decides).
alter table person add column ui_language varchar(8);
alter table person add constraint person_ui_language_known check (ui_language in ('en', 'de'));
