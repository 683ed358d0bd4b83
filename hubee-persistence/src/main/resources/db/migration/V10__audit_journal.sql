-- The « Journal d'audit » filters by type and period, newest first; the purge deletes by type and age.
create index idx_audit_log_type_at on audit_log (type, at);
