-- Routing (issue 15), transfer between regions: a coordinator offers a signal to another region
-- with a reason; until a coordinator there accepts or returns it, the signal stays with its own
-- region and waits in the other's list of offered signals. On acceptance its region changes (the
-- status counts follow through their trigger); what happened is kept in the signal's history.
alter table signal
    add column transfer_to         varchar(30),
    add column transfer_reason     varchar(2000),
    add column transfer_offered_by varchar(200),
    add column transfer_offered_at timestamptz,
    add constraint signal_transfer_whole check (
        (transfer_to is null and transfer_reason is null and transfer_offered_by is null
            and transfer_offered_at is null)
        or (transfer_to is not null and length(btrim(transfer_reason)) > 0
            and transfer_offered_by is not null and transfer_offered_at is not null)),
    add constraint signal_transfer_elsewhere check (transfer_to <> region);
create index signal_offered_to on signal (transfer_to, transfer_offered_at)
    where transfer_to is not null;

alter table signal_status_change drop constraint signal_status_change_event_check;
alter table signal_status_change add constraint signal_status_change_event_check
    check (event in ('STATUS_CHANGED', 'ASSIGNED', 'CLASSIFIED', 'TRACEABILITY_CHECKED',
                     'MERGED_IN', 'UNMERGED',
                     'TRANSFER_OFFERED', 'TRANSFER_ACCEPTED', 'TRANSFER_RETURNED',
                     'TRANSFER_WITHDRAWN'));
