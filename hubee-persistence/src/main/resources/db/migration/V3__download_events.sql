-- An ATTACH_DL event names the attachment downloaded, so that "every attachment downloaded" can be
-- told from the history (guide §4.3.2: the status changes once all have been downloaded).
alter table event add column attachment_id uuid references attachment (id);
create index idx_event_attachment on event (attachment_id);
