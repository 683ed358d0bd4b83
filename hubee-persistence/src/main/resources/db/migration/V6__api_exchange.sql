-- Cases and attachments keep the order of the operator's request (the API answers in that order).
alter table dossier add column position integer not null default 0;
alter table attachment add column position integer not null default 0;

-- The contract's portal purge: a case's copy of an attachment is reported once purged
-- (GET /attachmentsIdsForPurge, then PUT /idsPurged).
alter table dossier_attachment add column portal_purged_at timestamp with time zone;

-- GET /notifications reads the oldest first per recipient; DELETE by id.
create index idx_notification_recipient_created on notification (recipient_id, created_at);
create index idx_notification_event on notification (event_id);
create index idx_notification_dossier on notification (dossier_id);
