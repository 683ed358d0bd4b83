-- The dossier list's counts per status, and a tab's total, read this index alone (an index-only
-- scan on PostgreSQL): organisation, démarche, status, transmission and id are all in it. Without
-- it a big city's counts visited every one of its dossiers in the table (bench/list-page).
create index idx_dossier_list_counts on dossier (recipient_id, procedure_id, status, transmitted_at, id);
