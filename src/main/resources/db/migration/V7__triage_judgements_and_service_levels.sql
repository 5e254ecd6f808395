-- What staff decide about a signal (who handles it, what it is about, how urgent, whether it could
-- identify its reporter, where it went, what the reporter reads at the end), the time limits that
-- follow from its priority, and what makes the staff console fast at a million signals.

alter table signal
    add column priority                 varchar(10) not null default 'NORMAL'
        check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    add column category                 varchar(30)
        check (category in ('DRUG_PRODUCTION', 'DRUG_TRAFFICKING', 'MONEY_LAUNDERING', 'LABOUR_EXPLOITATION',
                            'EXTORTION', 'FRAUD', 'REAL_ESTATE_ABUSE', 'OTHER')),
    add column assignee                 varchar(100),
    add column traceability_identifying boolean,
    add column traceability_withhold    varchar(2000),
    add column traceability_checked_at  timestamptz,
    add column traceability_checked_by  varchar(100),
    add column routed_to                varchar(200),
    add column outcome_text             text check (char_length(outcome_text) <= 5000),
    add column first_feedback_at        timestamptz,
    add column decided_at               timestamptz,
    add column feedback_due_at          timestamptz,
    add column decision_due_at          timestamptz,
    add column sla_due_at               timestamptz,
    add column reporter_news_at         timestamptz,
    add constraint signal_traceability_complete check (
        (traceability_checked_at is null) = (traceability_identifying is null)
        and (traceability_identifying is not true or traceability_withhold is not null));

-- Signals received before time limits existed get them as if received now: they have waited long
-- enough, and a deadline in the past would only be noise.
update signal set feedback_due_at = now() + interval '7 days', decision_due_at = now() + interval '28 days',
                  sla_due_at = now() + interval '7 days'
 where status in ('RECEIVED', 'IN_TRIAGE', 'AWAITING_REPORTER', 'ROUTED');

alter table signal_status_change
    add column event varchar(30) not null default 'STATUS_CHANGED'
        check (event in ('STATUS_CHANGED', 'ASSIGNED', 'CLASSIFIED', 'TRACEABILITY_CHECKED'));

-- The queue: a region's open signals by the deadline that counts now, and by status for the filter.
create index signal_region_sla on signal (region, sla_due_at, id) where sla_due_at is not null;
create index signal_region_status_received on signal (region, status, received_at desc, id desc);
create index signal_region_assignee_received on signal (region, assignee, received_at desc, id desc)
    where assignee is not null;

-- Counts per region and status, kept by the database on every change, so that the queue's counts
-- cost one row each instead of a scan of the region (ADR 14).
create table signal_status_count (
    region  varchar(30) not null,
    status  varchar(20) not null,
    signals bigint not null check (signals >= 0),
    primary key (region, status)
);

insert into signal_status_count (region, status, signals)
select region, status, count(*) from signal group by region, status;

create function signal_status_count_track() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status = new.status and old.region = new.region then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        update signal_status_count set signals = signals - 1
         where region = old.region and status = old.status;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into signal_status_count as c (region, status, signals) values (new.region, new.status, 1)
            on conflict (region, status) do update set signals = c.signals + 1;
    end if;
    return null;
end
$$;

create trigger signal_status_count_track after insert or delete or update of status, region on signal
    for each row execute function signal_status_count_track();

-- Staff who used the console, with the regions their token gave them when last seen: the people a
-- signal can be assigned to.
create table staff_member (
    username    varchar(100) primary key,
    regions     varchar(400) not null,
    may_triage  boolean not null,
    seen_at     timestamptz not null
);

-- Standard texts for the common messages: national defaults (region null) that a region's
-- coordinator may replace with the region's own.
create table standard_text (
    id          uuid primary key,
    region      varchar(30),
    key         varchar(50) not null check (key ~ '^[a-z0-9-]+$'),
    purpose     varchar(20) not null check (purpose in ('QUESTION', 'INFORMATION', 'OUTCOME', 'REJECTION')),
    title       varchar(100) not null,
    body        text not null check (char_length(body) between 1 and 5000),
    updated_at  timestamptz not null,
    updated_by  varchar(100) not null
);

create unique index standard_text_key on standard_text (coalesce(region, ''), key);

insert into standard_text (id, region, key, purpose, title, body, updated_at, updated_by) values
 (gen_random_uuid(), null, 'in-behandeling', 'INFORMATION', 'Melding in behandeling',
  'Wij hebben uw melding ontvangen en bekijken die nu. U hoort van ons als wij een vraag hebben of als er een uitkomst is.', now(), 'waakzaam'),
 (gen_random_uuid(), null, 'vraag-aanvulling', 'QUESTION', 'Vraag om aanvulling',
  'Dank voor uw melding. Kunt u ons meer vertellen over wanneer en waar u dit zag? Alles wat u zich herinnert helpt.', now(), 'waakzaam'),
 (gen_random_uuid(), null, 'doorgestuurd', 'OUTCOME', 'Doorgestuurd naar een partner',
  'Uw melding is doorgegeven aan een partner die er iets mee kan doen. Wat die partner doet, kunnen wij niet met u delen. Dank dat u dit gemeld hebt.', now(), 'waakzaam'),
 (gen_random_uuid(), null, 'geen-actie', 'OUTCOME', 'Geen actie',
  'Wij hebben uw melding zorgvuldig bekeken. Op dit moment ondernemen wij er geen actie op. Wij bewaren de melding; samen met andere meldingen kan zij later wel van belang zijn.', now(), 'waakzaam'),
 (gen_random_uuid(), null, 'onvoldoende-informatie', 'OUTCOME', 'Onvoldoende informatie',
  'Met de informatie in uw melding kunnen wij helaas niet verder. Ziet u opnieuw iets, meld het dan gerust opnieuw.', now(), 'waakzaam'),
 (gen_random_uuid(), null, 'advies', 'OUTCOME', 'Advies gegeven',
  'Wij hebben uw melding bekeken. Ons advies: ga niet in op het aanbod en neem geen contanten aan. Wordt u opnieuw benaderd, meld het dan opnieuw.', now(), 'waakzaam');

grant select, insert, update on signal_status_count to "${app_role}";
grant select, insert, update on staff_member to "${app_role}";
grant select, insert, update, delete on standard_text to "${app_role}";

-- The content-free notice to a reporter who left an e-mail address: one row per signal. A notice is
-- pending until sent; after one is sent, the next news waits until the reporter has looked, so that
-- a busy conversation never floods an inbox (and never shows a pattern to whoever reads it).
create table reporter_notice (
    signal_id       uuid primary key references signal (id) on delete cascade,
    pending         boolean not null,
    requested_at    timestamptz not null,
    sent_at         timestamptz,
    looked_at       timestamptz,
    attempts        integer not null default 0
);

create index reporter_notice_pending on reporter_notice (requested_at) where pending;

grant select, insert, update on reporter_notice to "${app_role}";
