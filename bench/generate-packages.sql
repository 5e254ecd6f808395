-- Forwards the generated signals to partners as the platform would have: every ROUTED signal and
-- every third CLOSED one, to its region's police unit and RIEC (and every second one also to a
-- national partner), with realistic reading and outcomes: four in five read within hours to weeks,
-- three in five of those with an outcome days to months later. The packages' files are one shared
-- placeholder blob: the figures read no file. Run as the schema owner after generate-signals.sql:
--   psql -f bench/generate-packages.sql <database>
\set ON_ERROR_STOP on
begin;
insert into attachment_blob (id, wrapped_key, nonce, ciphertext, created_at)
values ('00000000-0000-0000-0000-00000000b10b', decode(repeat('00', 60), 'hex'), decode(repeat('00', 12), 'hex'), '\x00', now());

create temporary table forwarded as
select s.id as signal_id, s.reference, s.region, s.received_at + (random() * interval '5 days') as forwarded_at,
       row_number() over () as n
from signal s
where s.status = 'ROUTED' or (s.status = 'CLOSED' and abs(hashtext(s.id::text)) % 3 = 0);

create temporary table chosen as
select f.*, o.id as organisation_id
from forwarded f
join partner_organisation o
  on (o.region = f.region and o.kind in ('POLICE', 'RIEC'))
  or (f.n % 2 = 0 and o.id = (array['fiod', 'nvwa', 'douane'])[1 + (f.n / 2) % 3]);

insert into forwarding_package (id, signal_id, signal_reference, region, organisation_id, legal_basis,
    legal_basis_wording, forwarded_by, forwarded_at, contents_blob_id, document_blob_id, first_read_at,
    outcome, outcome_on, outcome_at, outcome_by)
select gen_random_uuid(), signal_id, reference, region, organisation_id, 'RIEC_COVENANT', 'Benchmark',
       'bench', forwarded_at, '00000000-0000-0000-0000-00000000b10b', '00000000-0000-0000-0000-00000000b10b',
       read_at, outcome, outcome_at::date, outcome_at, case when outcome is not null then 'bench' end
from (
  select c.*, r.read_at,
         case when r.read_at is not null and random() < 0.6 then
           (array['ADMINISTRATIVE_MEASURE','BIBOB_CHECK','CRIMINAL_INVESTIGATION','TAX_ACTION',
                  'USED_IN_EXISTING_CASE','NO_ACTION','ALREADY_KNOWN'])[1 + floor(random() * 7)::int] end as outcome,
         r.read_at + (random() * interval '90 days') as outcome_at
  from chosen c
  cross join lateral (select case when random() < 0.8 then c.forwarded_at + (random() ^ 3 * interval '20 days') end as read_at) r
) p
where p.forwarded_at < now();
commit;
-- As autovacuum keeps a live table: the visibility map lets the figures read the index alone.
vacuum analyze forwarding_package;
