-- Community names become unique across the organisation, secret ones included, whatever their case,
-- accents or spacing: before, anyone could found a public community under a secret one's name and
-- pass for it. The application computes name_key (CommunityNameKey); this backfill follows the same
-- rules: lower case, decomposed, diacritical marks dropped, runs of spaces made one.
create function pg_temp.community_name_key(name text) returns text language sql immutable as $$
  select btrim(regexp_replace(
      regexp_replace(normalize(lower(name), NFD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
      '[[:space:]\u00a0\u2000-\u200a\u202f\u205f\u3000]+', ' ', 'g'))
$$;

alter table community add column name_key varchar(480);
update community set name_key = pg_temp.community_name_key(name);

-- Names that clash already (a secret community and a public one, "Café" and "Cafe"): the oldest
-- keeps its name, the others get the first free " (2)", " (3)"... so that no community is merged,
-- hidden or deleted. Each rename is audited so that admins can tell the owners.
do $$
declare
  clash record;
  n int;
  candidate text;
begin
  for clash in
      select c.id, c.name from community c
      where c.deleted_at is null
        and exists (select 1 from community o where o.deleted_at is null and o.name_key = c.name_key and o.id < c.id)
      order by c.id
  loop
    n := 2;
    loop
      candidate := left(clash.name, 120 - length(' (' || n || ')')) || ' (' || n || ')';
      exit when not exists (select 1 from community o
                            where o.deleted_at is null and o.name_key = pg_temp.community_name_key(candidate));
      n := n + 1;
    end loop;
    update community set name = candidate, name_key = pg_temp.community_name_key(candidate) where id = clash.id;
    insert into audit_log (at, actor_username, action, target_type, target_id, detail)
    values (now(), 'system', 'community.renamed', 'community', clash.id,
            left('The name "' || clash.name || '" was taken by an older community; renamed to "' || candidate || '".', 2000));
  end loop;
end
$$;

alter table community alter column name_key set not null;
drop index community_name;
create unique index community_name_key on community (name_key) where deleted_at is null;
drop function pg_temp.community_name_key(text);
