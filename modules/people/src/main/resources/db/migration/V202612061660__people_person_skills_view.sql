-- The skills people declare, for other modules' SQL that ranks by them (the community directory
-- suggests communities whose tags match the reader's skills).
create view person_skills as
    select person_id, skill from person_skill;
comment on view person_skills is 'published: the skills each person declares, for suggestions elsewhere';
