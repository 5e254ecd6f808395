-- Routing (issue 15): a signal already routed may be forwarded to more partners; the history says
-- so for staff, without a change of status the reporter would see.
alter table signal_status_change drop constraint signal_status_change_event_check;
alter table signal_status_change add constraint signal_status_change_event_check
    check (event in ('STATUS_CHANGED', 'ASSIGNED', 'CLASSIFIED', 'TRACEABILITY_CHECKED',
                     'MERGED_IN', 'UNMERGED',
                     'TRANSFER_OFFERED', 'TRANSFER_ACCEPTED', 'TRANSFER_RETURNED',
                     'TRANSFER_WITHDRAWN', 'PARTNERS_DISCLOSED', 'PARTNERS_CONCEALED',
                     'FORWARDED_FURTHER'));
