-- What onboarding and insights read of a person beyond person_card (docs/architecture.md, "Table
-- ownership"): when they joined, and whether their profile has a photo, skills and languages.
create view person_joined as
    select id as person_id, department_id, created_at, active from person;
comment on view person_joined is 'published: when each person joined, for onboarding and join cohorts';

create view person_profile_facts as
    select p.id as person_id,
           exists (select 1 from person_photo ph where ph.person_id = p.id) as has_photo,
           (select count(*) from person_skill s where s.person_id = p.id) as skills,
           (select count(*) from person_language l where l.person_id = p.id) as languages
    from person p;
comment on view person_profile_facts is 'published: whether a profile has a photo, skills and languages';
