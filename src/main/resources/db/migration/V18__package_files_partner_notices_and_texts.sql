-- Routing (issue 15), second step: the clean copies a package lists, for its partner to download;
-- the content-free mail to a partner's functional mailbox; a standard text for telling a reporter,
-- in general words, that a partner did something with their signal.

-- A package lists the clean copies it was composed with, numbered; the partner downloads them by
-- number. The copy is the attachment's own clean copy (a blob of attachment_blob): a signal's
-- erasure deletes its packages (and so these rows) before its attachments' blobs.
create table forwarding_package_file (
    package_id  uuid         not null references forwarding_package (id) on delete cascade,
    number      integer      not null check (number > 0),
    media_type  varchar(100) not null,
    blob_id     uuid         not null references attachment_blob (id),
    primary key (package_id, number)
);

-- The mail that tells a partner's functional mailbox a package waits, and nothing else. Pending
-- from the forwarding's transaction on, so that it is never lost; claimed by one instance at a time.
alter table forwarding_package add column notice_pending boolean not null default false;
alter table forwarding_package add column notice_attempts integer not null default 0;
alter table forwarding_package add column notice_sent_at timestamptz;
create index forwarding_package_notice_pending on forwarding_package (forwarded_at) where notice_pending;

insert into standard_text (id, region, key, purpose, title, body, updated_at, updated_by) values
 (gen_random_uuid(), null, 'partner-heeft-gehandeld', 'INFORMATION', 'Er is iets gedaan met uw melding',
  'Uw melding is gebruikt door een partner die er iets mee kan doen. Wat er precies gebeurt, kunnen wij niet met u delen. Dank dat u dit gemeld hebt: zo helpt u mee.', now(), 'waakzaam');

grant select, insert on forwarding_package_file to "${app_role}";
