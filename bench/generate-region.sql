-- Fills one region (Limburg) with the signals :first to :last, received over the past five years in a
-- realistic spread: what came in over the last two months is still being handled (received, in triage,
-- waiting on the reporter, routed), older signals are decided (closed, rejected, merged). Priorities,
-- assignees, deadlines, first feedback and decisions are set as the application would set them.
-- Run as the schema owner after the application migrated the schema; the counts per status are
-- rebuilt at the end (the row trigger is off during the load).
--   psql -v first=1 -v last=10000 -f bench/generate-region.sql <database>
\set ON_ERROR_STOP on
begin;
alter table signal disable trigger signal_status_count_track;

create temporary table generated on commit drop as
select gen_random_uuid() as id,
       n,
       now() - random() * interval '1826 days' as received_at,
       random() as r1,
       random() as r2,
       (array['GENERAL','BARN_OFFER','VESSEL'])[1 + n % 3] as kind,
       'VO-' || (2000 + n / 900000) || '-' || lpad((n % 900000 + 100000)::text, 6, '0') as reference
from generate_series(:first, :last) as n;

alter table generated add column status varchar(20), add column priority varchar(10);
update generated set
  status = case
    when received_at > now() - interval '3 days' then case when r1 < 0.6 then 'RECEIVED' else 'IN_TRIAGE' end
    when received_at > now() - interval '60 days' then
      case when r1 < 0.30 then 'IN_TRIAGE' when r1 < 0.45 then 'AWAITING_REPORTER' when r1 < 0.60 then 'ROUTED'
           when r1 < 0.90 then 'CLOSED' else 'REJECTED' end
    else case when r1 < 0.85 then 'CLOSED' when r1 < 0.95 then 'REJECTED' else 'MERGED' end
  end,
  priority = case when r2 < 0.03 then 'URGENT' when r2 < 0.13 then 'HIGH' when r2 < 0.23 then 'LOW' else 'NORMAL' end;

insert into signal_reference (reference, claimed_at) select reference, received_at from generated;

insert into signal (id, reference, kind, status, outcome, outcome_text, sector, region, region_basis, postcode,
                    municipality, description, general_what_happened, general_suspicion, barn_building_type,
                    barn_approach, barn_offer_state, vessel_type, receipt_code_hash, received_at, version,
                    priority, category, assignee, first_feedback_at, decided_at, feedback_due_at, decision_due_at,
                    sla_due_at, traceability_identifying, traceability_checked_at, traceability_checked_by, routed_to)
select id, reference, kind, status,
       case when status = 'CLOSED' then (array['FORWARDED','NO_ACTION','ADVICE_GIVEN','INSUFFICIENT_INFORMATION'])[1 + n % 4] end,
       case when status = 'CLOSED' then 'Dank voor uw melding.' end,
       case kind when 'BARN_OFFER' then 'AGRICULTURE' when 'VESSEL' then 'MARITIME' else 'RETAIL' end,
       'LIMBURG', 'POSTCODE', '6211', 'Maastricht',
       'Generated signal ' || n,
       case when kind = 'GENERAL' then 'Generated' end,
       case when kind = 'GENERAL' then 'FRAUD' end,
       case when kind = 'BARN_OFFER' then 'BARN' end,
       case when kind = 'BARN_OFFER' then 'IN_PERSON' end,
       case when kind = 'BARN_OFFER' then 'REFUSED' end,
       case when kind = 'VESSEL' then 'MOTOR_YACHT' end,
       sha256(convert_to(id::text, 'UTF8')), received_at, 1,
       priority,
       case when status <> 'RECEIVED' then (array['DRUG_PRODUCTION','MONEY_LAUNDERING','FRAUD','LABOUR_EXPLOITATION','OTHER'])[1 + n % 5] end,
       case when status <> 'RECEIVED' and r2 < 0.8 then 'analist.' || (1 + n % 6) end,
       case when status <> 'RECEIVED' then received_at + r2 * interval '6 days' end,
       case when status in ('ROUTED','CLOSED','REJECTED','MERGED') then received_at + interval '1 day' + r1 * interval '30 days' end,
       received_at + case priority when 'URGENT' then interval '1 day' when 'HIGH' then interval '3 days'
                                   when 'LOW' then interval '14 days' else interval '7 days' end,
       received_at + case priority when 'URGENT' then interval '4 days' when 'HIGH' then interval '14 days'
                                   when 'LOW' then interval '56 days' else interval '28 days' end,
       null, null, null, null, null
from generated;

-- The deadline that counts now, as the application keeps it.
update signal s set sla_due_at = case when s.first_feedback_at is null then s.feedback_due_at else s.decision_due_at end
  from generated g where s.id = g.id and s.status in ('RECEIVED','IN_TRIAGE','AWAITING_REPORTER');
update signal s set traceability_identifying = false, traceability_checked_at = s.decided_at,
                    traceability_checked_by = coalesce(s.assignee, 'analist.1'), routed_to = 'POLICE,RIEC'
  from generated g where s.id = g.id and (s.status = 'ROUTED' or s.outcome = 'FORWARDED');

insert into signal_status_change (id, signal_id, sequence_number, from_status, to_status, occurred_at, actor_type)
select gen_random_uuid(), id, 0, null, 'RECEIVED', received_at, 'REPORTER' from generated;

delete from signal_status_count;
insert into signal_status_count (region, status, signals) select region, status, count(*) from signal group by region, status;
alter table signal enable trigger signal_status_count_track;
commit;
analyze signal;
