-- Notification mails report what the operator created or changed for the recipient, once.
alter table dossier add column operator_changed_at timestamp with time zone;
-- When the recipient first took the case (portal reception or the SI software's status): the
-- 48-hour retention of API-mode contents counts from there.
alter table dossier add column acknowledged_at timestamp with time zone;
create index idx_dossier_operator_changed on dossier (recipient_id, procedure_id, operator_changed_at);
update dossier set operator_changed_at = transmitted_at;

-- Changes up to this instant have been reported by mail for the subscription.
alter table subscription add column notified_until timestamp with time zone;
update subscription set notified_until = current_timestamp;

-- Reminders already sent for the current password (0, 1 or 2) and the inactivity warning.
alter table app_user add column password_reminders_sent smallint not null default 0;
alter table app_user add column inactivity_warned_at timestamp with time zone;

-- The scheduled jobs: one row each, locked by the node that runs it; what the admin page shows.
create table job_run (
    name             varchar(40) primary key,
    next_run_at      timestamp with time zone,
    last_started_at  timestamp with time zone,
    last_finished_at timestamp with time zone,
    last_items       integer not null default 0,
    last_failures    integer not null default 0,
    last_error       varchar(255),
    version          bigint not null default 0
);
