-- The conversation between a platform and a reporter, and a key that makes a submission idempotent
-- (a reporter who reloads the receipt page, an association that retries a batch).

create table signal_message (
    id                  uuid primary key,
    signal_id           uuid not null references signal (id) on delete cascade,
    sequence_number     integer not null check (sequence_number >= 1),
    author              varchar(20) not null check (author in ('STAFF', 'REPORTER')),
    kind                varchar(20) not null check (kind in ('QUESTION', 'INFORMATION', 'REPLY', 'ADDITION')),
    body                text not null check (char_length(body) between 1 and 5000),
    staff_subject       varchar(100),
    created_at          timestamptz not null,
    unique (signal_id, sequence_number),
    check ((author = 'STAFF') = (kind in ('QUESTION', 'INFORMATION')))
);

alter table signal add column submission_key_hash bytea unique check (octet_length(submission_key_hash) = 32);

grant select, insert on signal_message to "${app_role}";
