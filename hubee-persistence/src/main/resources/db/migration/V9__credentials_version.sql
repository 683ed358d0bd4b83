-- Sessions end when credentials change (issue #16): each session remembers the version it was
-- opened with; a password change, a deactivation or a loss of rights moves it on.
alter table app_user add column credentials_version integer not null default 0;
