-- Eight audit chains instead of one. Every staff read appends to the trail, and an append holds its
-- chain's head until the reading transaction commits; with one chain all reads of all instances queued
-- behind each other (measured: most active sessions waiting on that one row at 16 concurrent reads).
-- An append now takes whichever head is free. Each chain is verified on its own; a global position
-- orders the records of all chains for reading.

alter table audit_record add column chain smallint not null default 1 check (chain between 1 and 8);
create sequence audit_record_position_seq;
alter table audit_record add column position bigint not null default nextval('audit_record_position_seq');
alter sequence audit_record_position_seq owned by audit_record.position;

alter table audit_record drop constraint audit_record_pkey;
alter table audit_record add primary key (chain, sequence_number);
create unique index audit_record_position on audit_record (position);

drop index audit_record_region;
drop index audit_record_signal;
drop index audit_record_actor;
create index audit_record_region on audit_record (region, position desc);
create index audit_record_signal on audit_record (signal_reference, position desc);
create index audit_record_actor on audit_record (actor_subject, position desc);

alter table audit_chain_head drop constraint audit_chain_head_id_check;
alter table audit_chain_head add constraint audit_chain_head_id_check check (id between 1 and 8);
insert into audit_chain_head (id, last_sequence, last_hash)
select n, 0, decode(repeat('00', 32), 'hex') from generate_series(2, 8) n;

grant usage on sequence audit_record_position_seq to "${app_role}";
