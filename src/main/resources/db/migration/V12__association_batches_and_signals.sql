-- Industry associations submit batches of their members' signals (issue 13, ADR 20).

-- One batch per Idempotency-Key of an association. The key itself is never stored: key_hash is an
-- HMAC of it under a key the database does not hold. The first answer (with the receipt codes) is
-- kept only encrypted under a key derived from the Idempotency-Key, so that only a caller who
-- presents the key again can have it replayed; after 24 hours key, fingerprint and answer go, and the
-- batch stays as a record of what came in.
create table association_batch (
    id               uuid primary key,
    association      varchar(100) not null,
    key_hash         bytea,
    fingerprint      bytea,
    state            varchar(10) not null check (state in ('RUNNING', 'DONE')),
    claimed_at       timestamptz not null,
    completed_at     timestamptz,
    key_expires_at   timestamptz not null,
    item_count       integer not null check (item_count between 1 and 10000),
    answer           bytea,
    refused_items    text,
    constraint association_batch_key unique (association, key_hash),
    check (state = 'RUNNING' or completed_at is not null)
);
create index association_batch_expiry on association_batch (key_expires_at) where key_hash is not null;

-- Which association a signal came from, and the member reference it gave (shown to that
-- association alone). changed_at moves whenever the reporter's view of the signal changes, for
-- polling with changedSince.
create table association_signal (
    signal_id         uuid primary key references signal (id) on delete cascade,
    association       varchar(100) not null,
    association_name  varchar(200) not null,
    batch_id          uuid not null references association_batch (id),
    item_index        integer not null,
    member_reference  varchar(100),
    changed_at        timestamptz not null,
    unique (batch_id, item_index)
);
create index association_signal_changes on association_signal (association, changed_at, batch_id, item_index);

grant select, insert, update, delete on association_batch to "${app_role}";
grant select, insert, update on association_signal to "${app_role}";
