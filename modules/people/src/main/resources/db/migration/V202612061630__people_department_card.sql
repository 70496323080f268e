-- Every department by id and name, also those nobody is in (person_card names only the departments
-- of people), for modules that group by department in SQL (insights).
create view department_card as
    select id, name from department;
comment on view department_card is 'published: the departments by id and name';
