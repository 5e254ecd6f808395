-- Linking (issue 14), second part: duplicates folded together, links made by hand, and access to
-- another region's signal asked for and granted.

-- A duplicate points at the signal it was folded into, from the moment of the merge; undoing the
-- merge clears both. Erasing the survivor clears the pointer only: the duplicate then stands alone,
-- merged at that moment into a signal that no longer exists.
alter table signal
    add column merged_into uuid references signal (id) on delete set null,
    add column merged_at   timestamptz,
    add constraint signal_merged_with_moment check (merged_into is null or merged_at is not null),
    add constraint signal_not_merged_into_itself check (merged_into <> id);
create index signal_by_survivor on signal (merged_into) where merged_into is not null;

-- The survivor's history tells that a duplicate was folded in, and taken out again by an undo.
alter table signal_status_change drop constraint signal_status_change_event_check;
alter table signal_status_change add constraint signal_status_change_event_check
    check (event in ('STATUS_CHANGED', 'ASSIGNED', 'CLASSIFIED', 'TRACEABILITY_CHECKED',
                     'MERGED_IN', 'UNMERGED'));

-- Two signals related by staff where no entity shows it; one row per pair, the smaller id first.
create table signal_link (
    signal_a   uuid          not null references signal (id) on delete cascade,
    signal_b   uuid          not null references signal (id) on delete cascade,
    reason     varchar(2000) not null check (length(btrim(reason)) > 0),
    linked_by  varchar(200)  not null,
    linked_at  timestamptz   not null,
    primary key (signal_a, signal_b),
    check (signal_a < signal_b)
);
create index signal_link_by_b on signal_link (signal_b);

-- A coordinator asks another region for the signals that name an entity of one of their own; the
-- asked region's coordinator grants (for a limited time) or refuses. The signals asked for are
-- those the asker was told exist when asking, no others.
create table access_request (
    id              uuid          primary key,
    asking_signal   uuid          not null references signal (id) on delete cascade,
    asking_region   varchar(40)   not null,
    asked_region    varchar(40)   not null,
    entity_type     varchar(20)   not null,
    reason          varchar(2000) not null check (length(btrim(reason)) > 0),
    asked_by        varchar(200)  not null,
    asked_by_name   varchar(200)  not null,
    asked_at        timestamptz   not null,
    state           varchar(10)   not null check (state in ('ASKED', 'GRANTED', 'REFUSED')),
    decided_by      varchar(200),
    decided_by_name varchar(200),
    decided_at      timestamptz,
    decision_note   varchar(2000),
    expires_at      timestamptz,
    check ((state = 'ASKED') = (decided_at is null)),
    check ((state = 'GRANTED') = (expires_at is not null)),
    check (asking_region <> asked_region)
);
create index access_request_asked on access_request (asked_region, asked_at desc);
create index access_request_asking on access_request (asking_region, asked_at desc);

create table access_request_signal (
    request_id uuid not null references access_request (id) on delete cascade,
    signal_id  uuid not null references signal (id) on delete cascade,
    primary key (request_id, signal_id)
);

grant select, insert, delete on signal_link to "${app_role}";
grant select, insert, update on access_request to "${app_role}";
grant select, insert on access_request_signal to "${app_role}";
