-- The audit trail, append-only, and the rights of the application's own database role.
-- Migrations run as the schema's owner (WAAKZAAM_DB_OWNER_USER); the application connects as
-- ${app_role}, which may read and write signals but may only add to the audit trail and the history.

create table audit_record (
    sequence_number     bigint primary key check (sequence_number > 0),
    occurred_at         timestamptz not null,
    actor_subject       varchar(100) not null,
    actor_name          varchar(200) not null,
    actor_jobs          varchar(200) not null,
    action              varchar(40) not null,
    signal_reference    varchar(14),
    region              varchar(30),
    purpose             varchar(500),
    previous_hash       bytea not null check (octet_length(previous_hash) = 32),
    hash                bytea not null check (octet_length(hash) = 32)
);

create index audit_record_region on audit_record (region, sequence_number desc);
create index audit_record_signal on audit_record (signal_reference, sequence_number desc);
create index audit_record_actor on audit_record (actor_subject, sequence_number desc);

-- The end of the chain: locked by each append, so that records are linked one after the other.
create table audit_chain_head (
    id                  integer primary key check (id = 1),
    last_sequence       bigint not null,
    last_hash           bytea not null check (octet_length(last_hash) = 32)
);
insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, decode(repeat('00', 32), 'hex'));

-- Even the owner cannot rewrite the trail or the history without first dropping these triggers.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function refuse_change();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function refuse_change();
create trigger signal_status_change_append_only before update on signal_status_change
    for each row execute function refuse_change();

grant select, insert, update, delete on signal, signal_person, signal_vehicle, signal_vessel_mention,
    followup_session to "${app_role}";
grant select, insert on signal_reference, signal_status_change, audit_record to "${app_role}";
grant select, update on audit_chain_head to "${app_role}";
