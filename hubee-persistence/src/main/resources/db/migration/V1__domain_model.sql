-- HubEE domain model. One migration set for PostgreSQL and H2 (MODE=PostgreSQL): portable types
-- only (uuid, varchar(n), boolean, integer, bigint, date, timestamp with time zone, bytea).

create table organization (
    id            uuid primary key,
    type          varchar(10)  not null,
    siret         varchar(14)  not null,
    branch_code   varchar(10)  not null,
    name          varchar(255) not null,
    code          varchar(10),
    email         varchar(320),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0,
    constraint uk_organization_identifier unique (type, siret, branch_code)
);

create table procedure (
    id                          uuid primary key,
    code                        varchar(30)  not null,
    label                       varchar(100) not null,
    description                 varchar(1000),
    operator_id                 uuid not null references organization (id),
    active                      boolean not null default true,
    message_to_transmitter      boolean not null default false,
    attachment_formats          varchar(1000),
    si_attachment_formats       varchar(1000),
    attachment_types            varchar(1000),
    attachment_max_size         bigint not null,
    status_before_file_deletion varchar(15),
    time_before_file_deletion   integer,
    portal_retention_days       integer not null default 60,
    time_before_archiving       integer,
    time_before_folder_deletion integer,
    subscription_validation     varchar(6) not null default 'Manual',
    created_at                  timestamp with time zone not null,
    updated_at                  timestamp with time zone not null,
    version                     bigint not null default 0,
    constraint uk_procedure_code unique (code)
);

create table app_user (
    id                  uuid primary key,
    organization_id     uuid not null references organization (id),
    email               varchar(320) not null,
    email_key           varchar(320) not null,
    civility            varchar(10),
    first_name          varchar(100) not null,
    last_name           varchar(100) not null,
    last_name_key       varchar(100) not null,
    function_title      varchar(255),
    phone               varchar(20),
    secondary_phone     varchar(20),
    actor_type          varchar(20) not null,
    active              boolean not null default true,
    datapass            boolean not null default false,
    password_hash       varchar(255),
    password_changed_at timestamp with time zone,
    last_login_at       timestamp with time zone,
    failed_attempts     integer not null default 0,
    locked_until        timestamp with time zone,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null default 0,
    -- Login is the email, unique whatever its case (email_key is its lower-case form).
    constraint uk_app_user_email unique (email_key)
);
create index idx_app_user_org_name on app_user (organization_id, last_name_key);

create table user_role (
    user_id uuid not null references app_user (id),
    role    varchar(30) not null,
    primary key (user_id, role)
);

create table procedure_authorization (
    id           uuid primary key,
    user_id      uuid not null references app_user (id),
    procedure_id uuid not null references procedure (id),
    created_at   timestamp with time zone not null,
    constraint uk_procedure_authorization unique (user_id, procedure_id)
);
create index idx_procedure_authorization_procedure on procedure_authorization (procedure_id);

create table subscription (
    id                      uuid primary key,
    organization_id         uuid not null references organization (id),
    procedure_id            uuid not null references procedure (id),
    datapass_id             bigint,
    status                  varchar(10) not null,
    validated_at            timestamp with time zone,
    activation_date         date,
    suspension_date         date,
    rejection_reason        varchar(1000),
    access_mode             varchar(7) not null,
    api_client_id           varchar(64),
    api_secret_hash         varchar(255),
    technical_delegate_id   uuid references app_user (id),
    local_administrator_id  uuid references app_user (id),
    notification_frequency  varchar(12) not null,
    notification_email      varchar(320),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint not null default 0,
    -- An organisation holds at most one subscription per démarche.
    constraint uk_subscription_org_procedure unique (organization_id, procedure_id),
    constraint uk_subscription_client_id unique (api_client_id)
);
create index idx_subscription_procedure on subscription (procedure_id);
create index idx_subscription_delegate on subscription (technical_delegate_id);

create table folder (
    id               uuid primary key,
    procedure_id     uuid not null references procedure (id),
    operator_id      uuid not null references organization (id),
    external_id      varchar(30) not null,
    global_status    varchar(15) not null,
    applicant_first_name varchar(255) not null,
    applicant_last_name  varchar(255) not null,
    applicant_email      varchar(320),
    editor_name      varchar(50),
    application_name varchar(50),
    software_version varchar(50),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    closed_at        timestamp with time zone,
    version          bigint not null default 0,
    constraint uk_folder_external_id unique (operator_id, external_id)
);
create index idx_folder_procedure on folder (procedure_id);

-- A case: the part of a folder sent to one recipient organisation (the portal's télédossier).
create table dossier (
    id                 uuid primary key,
    folder_id          uuid not null references folder (id),
    recipient_id       uuid not null references organization (id),
    procedure_id       uuid not null references procedure (id),
    external_id        varchar(100) not null,
    status             varchar(15) not null,
    -- Accent- and case-free copies of the applicant's last name and the number, for the search.
    search_name        varchar(255) not null,
    search_number      varchar(100) not null,
    applicant_display  varchar(255) not null,
    partner_attributes varchar(1024),
    transmitted_at     timestamp with time zone,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(255),
    created_at         timestamp with time zone not null,
    closed_at          timestamp with time zone,
    version            bigint not null default 0
);
create index idx_dossier_recipient_status_transmitted on dossier (recipient_id, status, transmitted_at desc);
create index idx_dossier_recipient_status_updated on dossier (recipient_id, status, updated_at desc);
create index idx_dossier_procedure on dossier (procedure_id, status);
create index idx_dossier_recipient_name on dossier (recipient_id, search_name);
create index idx_dossier_recipient_number on dossier (recipient_id, search_number);
create index idx_dossier_folder on dossier (folder_id);

create table event (
    id                  uuid primary key,
    dossier_id          uuid not null references dossier (id),
    action_type         varchar(20) not null,
    status              varchar(12) not null,
    message             varchar(1000),
    comment             varchar(1000),
    author              varchar(255),
    author_user_id      uuid references app_user (id),
    transmitter_id      uuid not null references organization (id),
    case_current_status varchar(15),
    case_new_status     varchar(15),
    notification        boolean not null default false,
    partner_attributes  varchar(1024),
    editor_name         varchar(50),
    application_name    varchar(50),
    software_version    varchar(50),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null default 0
);
create index idx_event_dossier_created on event (dossier_id, created_at desc);

create table attachment (
    id          uuid primary key,
    folder_id   uuid references folder (id),
    event_id    uuid references event (id),
    file_name   varchar(255) not null,
    type        varchar(100) not null,
    mime_type   varchar(255) not null,
    size        bigint not null,
    digest      varchar(64),
    status      varchar(9) not null,
    received_at timestamp with time zone,
    purged_at   timestamp with time zone,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create index idx_attachment_folder on attachment (folder_id);
create index idx_attachment_event on attachment (event_id);

-- Which cases of a folder receive a folder attachment (the contract's attachments[].recipients).
create table dossier_attachment (
    dossier_id    uuid not null references dossier (id),
    attachment_id uuid not null references attachment (id),
    primary key (dossier_id, attachment_id)
);
create index idx_dossier_attachment_attachment on dossier_attachment (attachment_id);

-- Attachment contents in fixed-size chunks: written and read one chunk at a time (constant
-- memory on both databases), purged by deleting rows.
create table attachment_chunk (
    attachment_id uuid    not null references attachment (id),
    seq           integer not null,
    data          bytea   not null,
    primary key (attachment_id, seq)
);

create table notification (
    id             uuid primary key,
    recipient_id   uuid not null references organization (id),
    transmitter_id uuid not null references organization (id),
    procedure_id   uuid not null references procedure (id),
    dossier_id     uuid references dossier (id),
    event_id       uuid references event (id),
    created_at     timestamp with time zone not null
);
create index idx_notification_recipient on notification (recipient_id, procedure_id, created_at);

-- Activation links, password-reset links and login codes: only a hash of the secret is kept.
create table one_time_token (
    id          uuid primary key,
    user_id     uuid not null references app_user (id),
    purpose     varchar(20) not null,
    token_hash  varchar(64) not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    attempts    integer not null default 0,
    created_at  timestamp with time zone not null,
    constraint uk_one_time_token_hash unique (token_hash)
);
create index idx_one_time_token_user on one_time_token (user_id, purpose);
