-- What other modules may read of people in their own SQL (docs/architecture.md, "Table
-- ownership"). People keeps these views stable while person, department and follow change
-- behind them; PostgreSQL inlines them, so a join through them costs what the join costs.
create view person_card as
    select p.id, p.username, p.display_name, p.department_id, d.name as department_name, p.active
    from person p
    left join department d on d.id = p.department_id;
comment on view person_card is 'published: who a person is (name, department, active) for joins elsewhere';

create view person_following as
    select follower_id, followee_id, created_at from follow;
comment on view person_following is 'published: who follows whom, for timelines and suggestions';
