-- Fills the database with :count signals spread evenly over the ten regions, received over the past
-- two years, in a realistic spread of statuses, each with its history and reference claim. The counts
-- per status are rebuilt at the end: the row trigger that keeps them, updating one row per region and
-- status for every signal, makes a load of a million take far longer than the load itself.
-- Run as the schema owner after the application has migrated the schema:
--   psql -v count=100000 -f bench/generate-signals.sql <database>
\set ON_ERROR_STOP on
begin;
alter table signal disable trigger signal_status_count_track;

create temporary table generated as
select gen_random_uuid() as id,
       n,
       (array['NOORD_NEDERLAND','OOST_NEDERLAND','MIDDEN_NEDERLAND','NOORD_HOLLAND','AMSTERDAM_AMSTELLAND',
              'DEN_HAAG','ROTTERDAM','ZEELAND_WEST_BRABANT','OOST_BRABANT','LIMBURG'])[1 + n % 10] as region,
       (array['GENERAL','BARN_OFFER','VESSEL'])[1 + (n / 10) % 3] as kind,
       case when n % 20 < 2 then 'RECEIVED' when n % 20 < 6 then 'IN_TRIAGE' when n % 20 < 7 then 'AWAITING_REPORTER'
            when n % 20 < 10 then 'ROUTED' when n % 20 < 19 then 'CLOSED' else 'REJECTED' end as status,
       now() - (random() * interval '730 days') as received_at,
       'VO-' || (2000 + n / 900000) || '-' || lpad((n % 900000 + 100000)::text, 6, '0') as reference
from generate_series(1, :count) as n;

analyze generated;
insert into signal_reference (reference, claimed_at) select reference, received_at from generated;

insert into signal (id, reference, kind, status, outcome, sector, region, region_basis, postcode, municipality,
                    description, general_what_happened, general_suspicion, barn_building_type, barn_approach,
                    barn_offer_state, vessel_type, receipt_code_hash, received_at, version)
select id, reference, kind, status,
       case when status = 'CLOSED' then 'NO_ACTION' end,
       case kind when 'BARN_OFFER' then 'AGRICULTURE' when 'VESSEL' then 'MARITIME' else 'RETAIL' end,
       region, 'POSTCODE', '1234', 'Benchmark',
       'Generated signal ' || n,
       case when kind = 'GENERAL' then 'Generated' end,
       case when kind = 'GENERAL' then 'FRAUD' end,
       case when kind = 'BARN_OFFER' then 'BARN' end,
       case when kind = 'BARN_OFFER' then 'IN_PERSON' end,
       case when kind = 'BARN_OFFER' then 'REFUSED' end,
       case when kind = 'VESSEL' then 'MOTOR_YACHT' end,
       sha256(convert_to(id::text, 'UTF8')), received_at, 1
from generated;

-- Statistics before the history: otherwise each foreign-key check of the next insert plans the
-- signal table as the handful of rows it had, and scans a million of them per row.
analyze signal;

insert into signal_status_change (id, signal_id, sequence_number, from_status, to_status, occurred_at, actor_type)
select gen_random_uuid(), id, 0, null, 'RECEIVED', received_at, 'REPORTER' from generated;

delete from signal_status_count;
insert into signal_status_count (region, status, signals) select region, status, count(*) from signal group by region, status;
alter table signal enable trigger signal_status_count_track;
commit;
analyze;
