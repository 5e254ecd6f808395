-- Routing (issue 15), back to the reporter: the partner's name is never shown to the reporter
-- unless the platform decides so per signal. Since when the reporter may read which kinds of
-- partner received the signal; null while they may not (the default).
alter table signal add column partners_disclosed_at timestamptz;

alter table signal_status_change drop constraint signal_status_change_event_check;
alter table signal_status_change add constraint signal_status_change_event_check
    check (event in ('STATUS_CHANGED', 'ASSIGNED', 'CLASSIFIED', 'TRACEABILITY_CHECKED',
                     'MERGED_IN', 'UNMERGED',
                     'TRANSFER_OFFERED', 'TRANSFER_ACCEPTED', 'TRANSFER_RETURNED',
                     'TRANSFER_WITHDRAWN', 'PARTNERS_DISCLOSED', 'PARTNERS_CONCEALED'));
