-- When the person accepted the company's usage policy (null: not yet).
alter table person add column policy_accepted_at timestamptz;
