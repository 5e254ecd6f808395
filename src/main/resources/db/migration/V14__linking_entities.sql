-- Linking (issue 14): the entities each signal names, for finding the other signals that name them.
-- The normalised value is kept only as a keyed hash (HMAC-SHA-256 under a key derived from the
-- server secret): equal values still meet in the index, but the table alone does not list the
-- phone numbers, IBANs and plates of every signal, nor those read from encrypted files.
create table signal_entity (
    signal_id    uuid         not null references signal (id) on delete cascade,
    entity_type  varchar(20)  not null,
    entity_key   bytea        not null,
    field        varchar(120) not null,
    primary key (signal_id, entity_type, entity_key, field)
);

create index signal_entity_by_key on signal_entity (entity_key, entity_type);

-- Replaced when what a signal names changes (a staff edit, a reporter's addition): delete and insert.
grant select, insert, delete on signal_entity to "${app_role}";
