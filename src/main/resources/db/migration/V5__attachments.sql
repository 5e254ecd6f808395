-- Files added to a signal. The content is kept encrypted (AES-256-GCM, a data key per file wrapped
-- by the master key from configuration) in attachment_blob; the attachment row says what it is and
-- what became of it. Rows and blobs are never updated in place but for the processing state.

create table attachment_blob (
    id              uuid primary key,
    -- the data key, encrypted with the master key: 12-byte nonce, then key and tag
    wrapped_key     bytea not null check (octet_length(wrapped_key) = 60),
    nonce           bytea not null check (octet_length(nonce) = 12),
    ciphertext      bytea not null,
    created_at      timestamptz not null
);

create table attachment (
    id                      uuid primary key,
    signal_id               uuid not null references signal (id) on delete cascade,
    state                   varchar(10) not null check (state in ('RECEIVED', 'ACCEPTED', 'REFUSED')),
    refusal                 varchar(30),
    declared_name           varchar(255) not null,
    declared_type           varchar(255),
    detected_type           varchar(255),
    size_bytes              bigint not null check (size_bytes >= 0),
    sha256                  bytea not null check (octet_length(sha256) = 32),
    extracted_text          text,
    uploader_type           varchar(20) not null,
    uploader_id             varchar(100),
    received_at             timestamptz not null,
    processing_started_at   timestamptz,
    attempts                integer not null default 0,
    processed_at            timestamptz,
    original_blob_id        uuid not null references attachment_blob (id),
    sanitized_blob_id       uuid references attachment_blob (id),
    version                 bigint not null,
    check ((state = 'REFUSED') = (refusal is not null)),
    check ((state = 'ACCEPTED') = (sanitized_blob_id is not null))
);

create index attachment_of_signal on attachment (signal_id, received_at);
create index attachment_waiting on attachment (received_at) where state = 'RECEIVED';

grant select, insert, delete on attachment_blob to "${app_role}";
grant select, insert, update on attachment to "${app_role}";
