-- Webhooks of the associations, as the Standard Webhooks specification describes (issue 13, ADR 20).

-- One endpoint per association. Its signing secret is kept encrypted under a key the database never
-- holds; during a rotation the previous secret signs too, until previous_until.
create table webhook_endpoint (
    association        varchar(100) primary key,
    url                varchar(2000) not null,
    secret             bytea not null,
    previous_secret    bytea,
    previous_until     timestamptz,
    enabled            boolean not null default true,
    disabled_reason    varchar(200),
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

-- The outbox: one row per event, written in the transaction of the change it tells of, delivered
-- after commit by whichever instance claims it (FOR UPDATE SKIP LOCKED).
create table webhook_message (
    id                 varchar(40) primary key,
    association        varchar(100) not null,
    event_type         varchar(60) not null,
    payload            text not null,
    created_at         timestamptz not null,
    state              varchar(12) not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts           integer not null default 0,
    next_attempt_at    timestamptz not null,
    last_status        integer,
    last_error         varchar(300),
    delivered_at       timestamptz
);
create index webhook_message_due on webhook_message (next_attempt_at) where state = 'PENDING';
create index webhook_message_of_association on webhook_message (association, created_at desc, id);

-- Every delivery attempt, for the association's delivery log.
create table webhook_attempt (
    message_id         varchar(40) not null references webhook_message (id),
    attempt            integer not null,
    attempted_at       timestamptz not null,
    status             integer,
    error              varchar(300),
    duration_ms        integer not null,
    primary key (message_id, attempt)
);

grant select, insert, update, delete on webhook_endpoint to "${app_role}";
grant select, insert, update on webhook_message to "${app_role}";
grant select, insert on webhook_attempt to "${app_role}";
