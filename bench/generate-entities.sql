-- The entity index at scale, for bench/linking.sh: five rows for every generated signal (the
-- description "Generated signal n"), one of them a value shared with three other signals, the rest
-- values of their own; then every value the platform indexed for the real signals (submitted
-- through the API, with keys only the application can compute) is copied onto generated signals
-- over all ten regions: most onto one to four of them, one value in fifty onto sixty, so that some
-- lists reach the cap of twenty. Run as the schema owner after bench/generate-signals.sql:
--   psql -f bench/generate-entities.sql <database>
\set ON_ERROR_STOP on
begin;

create temporary table generated_signal as
select id, substring(description from 18)::int as n
from signal where description like 'Generated signal %';

create temporary table entity_type_of (k int primary key, entity_type varchar(20), field varchar(120));
insert into entity_type_of values
  (1, 'LICENCE_PLATE', 'vehicles/0/licencePlate'), (2, 'PHONE_NUMBER', 'persons/0/phone'),
  (3, 'IBAN', 'description'), (4, 'EMAIL_ADDRESS', 'persons/0/email'), (5, 'KVK_NUMBER', 'general/counterpartyKvkNumber');

insert into signal_entity (signal_id, entity_type, entity_key, field)
select g.id, t.entity_type,
       case when t.k = 1 then sha256(convert_to('shared ' || (g.n % 250000), 'UTF8'))
            else sha256(convert_to(g.id::text || ' ' || t.k, 'UTF8')) end,
       t.field
from generated_signal g cross join entity_type_of t;

create temporary table real_key as
select distinct e.entity_type, e.entity_key, e.field,
       case when get_byte(e.entity_key, 0) % 50 = 0 then 60 else 1 + get_byte(e.entity_key, 1) % 4 end as copies
from signal_entity e join signal s on s.id = e.signal_id
where s.description not like 'Generated signal %';

insert into signal_entity (signal_id, entity_type, entity_key, field)
select g.id, r.entity_type, r.entity_key, r.field
from real_key r
cross join lateral (
  select generate_series(1, r.copies) as i
) c
join generated_signal g
  on g.n = 1 + abs(hashtext(encode(r.entity_key, 'hex') || ' ' || c.i)) % (select count(*) from generated_signal)
on conflict do nothing;

commit;
analyze signal_entity;
