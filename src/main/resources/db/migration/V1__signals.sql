-- Identifiers are UUIDs made by the application: no sequence round trip, no shared lock.
-- Signals as received, their history, the references ever handed out, and reporter follow-up sessions.
-- Lengths and allowed values repeat the application's validation: the database refuses what the
-- application would never send.

create table signal (
    id                              uuid primary key,
    reference                       varchar(14) not null unique,
    kind                            varchar(20) not null check (kind in ('GENERAL', 'BARN_OFFER', 'VESSEL')),
    status                          varchar(20) not null check (status in ('RECEIVED', 'IN_TRIAGE', 'AWAITING_REPORTER', 'ROUTED', 'CLOSED', 'REJECTED', 'MERGED')),
    outcome                         varchar(30) check (outcome in ('FORWARDED', 'NO_ACTION', 'INSUFFICIENT_INFORMATION', 'ADVICE_GIVEN')),
    sector                          varchar(20) not null,
    region                          varchar(30) not null,
    region_basis                    varchar(20) not null check (region_basis in ('POSTCODE', 'POSTCODE_AREA', 'MUNICIPALITY')),
    postcode                        varchar(7),
    municipality                    varchar(100),
    municipality_code               varchar(6),
    address                         varchar(200),
    observed_on                     date,
    observed_time                   time,
    description                     text check (char_length(description) <= 10000),

    general_what_happened           varchar(500),
    general_suspicion               varchar(30),
    general_counterparty_name       varchar(200),
    general_counterparty_kvk        varchar(8),
    general_payment_method          varchar(20),
    general_amount_eur              numeric(12, 2),

    barn_building_type              varchar(30),
    barn_floor_area_m2              integer,
    barn_offered_rent_eur           numeric(12, 2),
    barn_rent_period                varchar(10),
    barn_rental_term_months         integer,
    barn_cash_payment               boolean,
    barn_paid_upfront               boolean,
    barn_stated_purpose             varchar(1000),
    barn_requested_changes          varchar(400),
    barn_requested_changes_note     varchar(1000),
    barn_approach                   varchar(30),
    barn_offer_state                varchar(20),

    vessel_name                     varchar(100),
    vessel_type                     varchar(30),
    vessel_registration             varchar(50),
    vessel_flag                     varchar(2),
    vessel_mmsi                     varchar(9),
    vessel_berth                    varchar(100),
    vessel_arrived_at               timestamp,
    vessel_departed_at              timestamp,
    vessel_cash_payment             boolean,
    vessel_warning_signs            varchar(400),

    contact_name                    varchar(200),
    contact_email                   varchar(254),
    contact_phone                   varchar(30),
    contact_share_with_partners     boolean,

    receipt_code_hash               bytea not null unique check (octet_length(receipt_code_hash) = 32),
    received_at                     timestamptz not null,
    version                         bigint not null,

    constraint signal_answers_of_its_kind check (
        (kind = 'GENERAL'    and general_suspicion is not null and barn_building_type is null and vessel_type is null) or
        (kind = 'BARN_OFFER' and barn_building_type is not null and general_suspicion is null and vessel_type is null) or
        (kind = 'VESSEL'     and vessel_type is not null and general_suspicion is null and barn_building_type is null)),
    constraint signal_contact_with_consent check (
        (contact_email is null and contact_phone is null) = (contact_share_with_partners is null)),
    constraint signal_place_given check (postcode is not null or municipality is not null),
    constraint signal_closed_with_outcome check ((status = 'CLOSED') = (outcome is not null))
);

-- The staff work queue: a region's signals, newest first, keyset-paginated.
create index signal_region_received on signal (region, received_at desc, id desc);

create table signal_person (
    signal_id       uuid not null references signal (id) on delete cascade,
    list_index      integer not null,
    name            varchar(200),
    role            varchar(200),
    description     varchar(1000),
    phone           varchar(30),
    email           varchar(254),
    primary key (signal_id, list_index)
);

create table signal_vehicle (
    signal_id       uuid not null references signal (id) on delete cascade,
    list_index      integer not null,
    licence_plate   varchar(10) not null,
    plate_country   varchar(2),
    make_and_model  varchar(100),
    colour          varchar(50),
    primary key (signal_id, list_index)
);

create table signal_vessel_mention (
    signal_id       uuid not null references signal (id) on delete cascade,
    list_index      integer not null,
    name            varchar(100),
    registration    varchar(50),
    mmsi            varchar(9),
    primary key (signal_id, list_index),
    check (name is not null or registration is not null or mmsi is not null)
);

create table signal_status_change (
    id              uuid primary key,
    signal_id       uuid not null references signal (id) on delete cascade,
    sequence_number integer not null,
    from_status     varchar(20),
    to_status       varchar(20) not null,
    occurred_at     timestamptz not null,
    actor_type      varchar(20) not null check (actor_type in ('REPORTER', 'STAFF', 'ASSOCIATION', 'SYSTEM')),
    actor_id        varchar(100),
    reason          varchar(2000)
);

create unique index signal_status_change_signal on signal_status_change (signal_id, sequence_number);

-- Every reference ever handed out, kept after a signal is deleted so that none is ever reused.
create table signal_reference (
    reference       varchar(14) primary key,
    claimed_at      timestamptz not null default now()
);

create table followup_session (
    token_hash      varchar(64) primary key,
    signal_id       uuid not null references signal (id) on delete cascade,
    created_at      timestamptz not null,
    expires_at      timestamptz not null
);

create index followup_session_expires on followup_session (expires_at);
create index followup_session_signal on followup_session (signal_id);
