-- What Agora learned by visiting a link: its page title and whether it still answers.
alter table link
    add column page_title    varchar(300),
    add column status        varchar(12) not null default 'UNCHECKED'
        check (status in ('UNCHECKED', 'OK', 'BROKEN', 'SKIPPED')),
    add column http_status   integer,
    add column failures      integer     not null default 0,
    add column checked_at    timestamptz,
    add column check_claimed timestamptz;
create index link_check_due on link (checked_at nulls first, id);

-- A bookmark saved without a title shows the address until the page's own title is known.
alter table bookmark add column title_from_page boolean not null default false;

-- A moderator hid the bookmark: only its owner still sees it.
alter table bookmark add column hidden_at timestamptz;
