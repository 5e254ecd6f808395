-- Linking (issue 14): what the text of an accepted file names. Its entries in signal_entity (field
-- 'attachment/<id>') relate the signal; the entities as the file wrote them, for the staff view's
-- related list, are kept here sealed with the file's own key (as its text is), so that reading
-- them needs no second pass over up to 100,000 characters and they go where the file's key goes.
create table file_entity (
    attachment_id    uuid primary key references attachment (id) on delete cascade,
    signal_id        uuid not null references signal (id) on delete cascade,
    file_id          uuid not null,
    mentions_sealed  bytea not null
);

create index file_entity_by_signal on file_entity (signal_id);

-- Replaced when an inspection cut short after its verdict runs again.
grant select, insert, update on file_entity to "${app_role}";
