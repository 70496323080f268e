-- Which person an OpenID Connect account (issuer + subject) signs in as: the subject never changes,
-- a username or email at the provider may.
create table sso_link (
  issuer     varchar(500) not null,
  subject    varchar(255) not null,
  person_id  bigint not null references person (id),
  created_at timestamp with time zone not null default now(),
  primary key (issuer, subject)
);
create index sso_link_person on sso_link (person_id);
