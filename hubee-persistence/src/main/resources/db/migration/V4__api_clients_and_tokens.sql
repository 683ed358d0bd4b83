-- API credentials other than a subscriber's (whose pair lives on its subscription): operators
-- (scope OSL), DataPass (DATAPASS) and the national administration (ADMIN). Secret hashed only.
create table api_client (
    id              uuid primary key,
    client_id       varchar(64)  not null,
    secret_hash     varchar(64)  not null,
    scope           varchar(10)  not null,
    organization_id uuid references organization (id),
    label           varchar(200) not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null default 0,
    constraint uk_api_client_client_id unique (client_id)
);

-- Opaque bearer tokens (1 h): only their SHA-256 is kept. A regenerated secret deletes its tokens.
create table api_token (
    token_hash      varchar(64) primary key,
    scope           varchar(10) not null,
    api_client_id   uuid references api_client (id),
    subscription_id uuid references subscription (id),
    expires_at      timestamp with time zone not null,
    constraint ck_api_token_owner check ((api_client_id is null) <> (subscription_id is null))
);
create index idx_api_token_subscription on api_token (subscription_id);
create index idx_api_token_client on api_token (api_client_id);
create index idx_api_token_expires on api_token (expires_at);
