-- An applicant's first and last names are 255 characters each (the contract): the dossier's
-- display copy ("NOM Prénom") and accent-free search copy hold both, even where upper-casing or
-- unfolding ligatures lengthens them.
alter table dossier alter column applicant_display set data type varchar(1024);
alter table dossier alter column search_name set data type varchar(1024);

-- The referential's Organization (api_organization_v1.2.0): where it is, how to reach it, its status.
alter table organization add column country varchar(100);
alter table organization add column postal_code varchar(100) not null default '';
alter table organization add column territory varchar(255) not null default '';
alter table organization add column phone_number varchar(21);
alter table organization add column status varchar(20) not null default 'Actif';

-- The referential's Process (api_process_v1.2.1): every setting the contract requires has a value.
-- Where none was set, the values the hub applied anyway (Retention's defaults) or README's.
alter table procedure add column legal_justification varchar(1000);
update procedure set status_before_file_deletion = 'SI_RECEIVED' where status_before_file_deletion is null;
update procedure set time_before_file_deletion = 2 where time_before_file_deletion is null;
update procedure set time_before_archiving = 30 where time_before_archiving is null;
update procedure set time_before_folder_deletion = 365 where time_before_folder_deletion is null;
alter table procedure alter column status_before_file_deletion set default 'SI_RECEIVED';
alter table procedure alter column status_before_file_deletion set not null;
alter table procedure alter column time_before_file_deletion set default 2;
alter table procedure alter column time_before_file_deletion set not null;
alter table procedure alter column time_before_archiving set default 30;
alter table procedure alter column time_before_archiving set not null;
alter table procedure alter column time_before_folder_deletion set default 365;
alter table procedure alter column time_before_folder_deletion set not null;
