-- The audit trail is sealed and the application can no longer remove what it must keep.
--
-- 1. Every audit record carries a seal: HMAC-SHA-256 over its hash, with a key only the application
--    holds (waakzaam.audit.key). Records written before this migration have none; the constraint
--    requires one of every record after them, so that "unsealed" can never be appended.
-- 2. The application's role cannot delete a signal (nor its history, which it never could), and the
--    history no longer disappears with its signal (no cascade; append-only against delete as well).
-- 3. Deleting a signal, for the retention work to come, goes through one function, erase_signal,
--    which writes who, when and why to signal_erasure (append-only) before it deletes.

alter table audit_record add column seal bytea check (seal is null or octet_length(seal) = 32);

do $$
declare
    last_unsealed bigint;
begin
    select coalesce(max(position), 0) into last_unsealed from audit_record;
    execute format(
        'alter table audit_record add constraint audit_record_sealed'
        || ' check (seal is not null or position <= %s)', last_unsealed);
end
$$;

alter table signal_status_change drop constraint signal_status_change_signal_id_fkey;
alter table signal_status_change add constraint signal_status_change_signal_id_fkey
    foreign key (signal_id) references signal (id);

-- The history may be deleted only by erase_signal, for the one signal it erases.
create function refuse_change_but_erasure() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('waakzaam.erasing', true) = old.signal_id::text then
        return old;
    end if;
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end
$$;
drop trigger signal_status_change_append_only on signal_status_change;
create trigger signal_status_change_append_only before update or delete on signal_status_change
    for each row execute function refuse_change_but_erasure();
create trigger signal_status_change_no_truncate before truncate on signal_status_change
    for each statement execute function refuse_change();

create table signal_erasure (
    id              bigserial primary key,
    reference       varchar(14) not null,
    erased_at       timestamptz not null default now(),
    erased_by       text not null default session_user,
    reason          varchar(500) not null check (length(btrim(reason)) > 0)
);
create trigger signal_erasure_append_only before update or delete on signal_erasure
    for each row execute function refuse_change();
create trigger signal_erasure_no_truncate before truncate on signal_erasure
    for each statement execute function refuse_change();

-- Runs with the owner's rights (security definer): the one way a signal leaves the database.
create function erase_signal(erased_reference varchar, why varchar) returns void
    language plpgsql security definer
    set search_path = "${flyway:defaultSchema}", pg_temp
as $$
declare
    erased uuid;
    blobs uuid[];
begin
    select id into erased from signal where reference = erased_reference for update;
    if erased is null then
        raise exception 'no signal %', erased_reference using errcode = 'no_data_found';
    end if;
    insert into signal_erasure (reference, erased_by, reason)
        values (erased_reference, session_user, why);
    perform set_config('waakzaam.erasing', erased::text, true);
    select array_agg(b) into blobs from (
        select original_blob_id from attachment where signal_id = erased
        union select sanitized_blob_id from attachment where signal_id = erased
    ) kept(b) where b is not null;
    delete from attachment where signal_id = erased;
    delete from attachment_blob where id = any (coalesce(blobs, '{}'));
    delete from signal_status_change where signal_id = erased;
    delete from signal where id = erased;
    perform set_config('waakzaam.erasing', '', true);
end
$$;
revoke all on function erase_signal(varchar, varchar) from public;
grant execute on function erase_signal(varchar, varchar) to "${app_role}";

revoke delete on signal from "${app_role}";
grant select on signal_erasure to "${app_role}";
