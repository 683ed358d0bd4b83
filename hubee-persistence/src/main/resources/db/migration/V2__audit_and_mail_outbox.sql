-- Security audit trail (issue #3): who, when, from where, what happened. Never a password or code.
create table audit_log (
    id       uuid primary key,
    at       timestamp with time zone not null,
    user_id  uuid references app_user (id),
    type     varchar(30) not null,
    ip       varchar(45),
    detail   varchar(255)
);
create index idx_audit_log_user on audit_log (user_id, at);
create index idx_audit_log_at on audit_log (at);

-- Every mail is written here in the business transaction, then delivered by a timer with retries.
create table mail_outbox (
    id              uuid primary key,
    recipient       varchar(320) not null,
    subject         varchar(255) not null,
    text_body       varchar(20000) not null,
    html_body       varchar(40000) not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer not null default 0,
    sent_at         timestamp with time zone,
    last_error      varchar(1000),
    version         bigint not null default 0
);
create index idx_mail_outbox_due on mail_outbox (sent_at, next_attempt_at);
