-- Routing (issue 15): the partners a region forwards to, what each may receive and on which legal
-- bases, and the packages forwarded to them, kept encrypted.

-- The traceability check names the parts partners must not get (ContentPart, comma-separated).
alter table signal add column traceability_withheld_parts varchar(200);

-- The legal bases a coordinator chooses from, with their wording; a package keeps the wording it had.
create table legal_basis (
    key      varchar(40)   primary key,
    title    varchar(200)  not null,
    wording  varchar(2000) not null,
    source   varchar(500)  not null
);

-- An organisation signals are forwarded to. Its id is also its Keycloak group (/partners/<id>).
-- Regional ones (a police unit, a RIEC, a municipality) name their region.
create table partner_organisation (
    id                 varchar(80)  primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind               varchar(30)  not null,
    name               varchar(200) not null,
    region             varchar(30),
    municipality_code  varchar(10),
    mailbox            varchar(254),
    -- the profile: the parts it may receive (ContentPart), whether the contact details of a reporter
    -- who agreed to their sharing, and the legal bases (keys of legal_basis) it may receive on
    parts              varchar(300) not null,
    receives_contact   boolean      not null,
    legal_bases        varchar(300) not null
);

-- The partners a region forwards to, kept by its coordinators; seeded once per region.
create table region_partner (
    region           varchar(30) not null,
    organisation_id  varchar(80) not null references partner_organisation (id),
    primary key (region, organisation_id)
);
create table region_partner_list (
    region     varchar(30) primary key,
    seeded_at  timestamptz not null
);

-- One signal as one partner received it: the contents (JSON) and the document (PDF) are files of
-- attachment_blob, encrypted with a key of their own.
create table forwarding_package (
    id                   uuid         primary key,
    signal_id            uuid         not null references signal (id),
    signal_reference     varchar(14)  not null,
    region               varchar(30)  not null,
    organisation_id      varchar(80)  not null references partner_organisation (id),
    legal_basis          varchar(40)  not null references legal_basis (key),
    legal_basis_wording  varchar(2000) not null,
    forwarded_by         varchar(100) not null,
    forwarded_at         timestamptz  not null,
    contents_blob_id     uuid         not null references attachment_blob (id),
    document_blob_id     uuid         not null references attachment_blob (id),
    first_read_at        timestamptz,
    outcome              varchar(40),
    outcome_on           date,
    outcome_note         varchar(2000),
    outcome_at           timestamptz,
    outcome_by           varchar(100)
);
create index forwarding_package_by_organisation on forwarding_package (organisation_id, forwarded_at desc);
create index forwarding_package_by_signal on forwarding_package (signal_id);

insert into legal_basis (key, title, wording, source) values
('RIEC_COVENANT',
 'Convenant RIEC-LIEC en Privacyprotocol RIEC''s-LIEC',
 'Verstrekking aan een partner van het convenant voor de bestuurlijke en geïntegreerde aanpak van georganiseerde criminaliteit, met inachtneming van het Privacyprotocol RIEC''s-LIEC (april 2020).',
 'Convenant ten behoeve van de Bestuurlijke en Geïntegreerde Aanpak Georganiseerde Criminaliteit, Bestrijding Handhavingsknelpunten en Bevordering Integriteitsbeoordelingen, met het Privacyprotocol RIEC''s-LIEC van april 2020 (riec.nl, "RIEC-LIEC convenant, Privacyprotocol en persoonsgegevens")'),
('PUBLIC_TASK',
 'AVG artikel 6, lid 1, onder e: taak van algemeen belang',
 'De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan de ontvanger is opgedragen.',
 'Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming), artikel 6, lid 1, onder e'),
('REPORTER_CONSENT',
 'AVG artikel 6, lid 1, onder a: toestemming van de melder',
 'De melder heeft toestemming gegeven om zijn contactgegevens met partners te delen.',
 'Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming), artikel 6, lid 1, onder a');

-- A signal's erasure takes its packages' files with it; the partner keeps what it received.
create or replace function erase_signal(erased_reference varchar, why varchar) returns void
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
        union select contents_blob_id from forwarding_package where signal_id = erased
        union select document_blob_id from forwarding_package where signal_id = erased
    ) kept(b) where b is not null;
    delete from forwarding_package where signal_id = erased;
    delete from attachment where signal_id = erased;
    delete from attachment_blob where id = any (coalesce(blobs, '{}'));
    delete from signal_status_change where signal_id = erased;
    delete from signal where id = erased;
    perform set_config('waakzaam.erasing', '', true);
end
$$;
revoke all on function erase_signal(varchar, varchar) from public;
grant execute on function erase_signal(varchar, varchar) to "${app_role}";

grant select on legal_basis to "${app_role}";
grant select, insert, update on partner_organisation to "${app_role}";
grant select, insert, delete on region_partner to "${app_role}";
grant select, insert on region_partner_list to "${app_role}";
grant select, insert, update on forwarding_package to "${app_role}";
