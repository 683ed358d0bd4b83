-- National-scale data for the benchmarks (bench/setup runs it once on an empty HubEE schema that
-- the application's Flyway migrations created). Everything is generated inside PostgreSQL with
-- INSERT … SELECT over generate_series: no row crosses the network, which is faster than COPY.
--
-- psql variables: orgs (10000), dossiers (1000000), password_hash (the PBKDF2 form of the bench
-- password), api_secret_hash (SHA-256 hex of the operators' API secret).
--
-- Ids are md5 of a readable key ('org-42', 'dossier-17'…) so that tables refer to each other
-- without lookups, and a benchmark can name a row it wants.
--
-- Skew: the organisation of rank r receives dossiers in proportion to 1/r (Zipf): rank 1
-- (« Paris ») holds about 10 % of the dossiers, the first 100 about half, the last one ~10.

\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
\timing on
begin;

-- The catalogue: the demo's seven démarches and their three operators.
create temporary table bench_procedure (rank int, code text, label text, operator text);
insert into bench_procedure values
  (1, 'EtatCivil', 'Demande d''acte d''état civil (AEC)', 'DILA'),
  (2, 'CERTDC', 'Certificat de décès électronique', 'DGS'),
  (3, 'recensementCitoyen', 'Recensement citoyen obligatoire (RCO)', 'DILA'),
  (4, 'depotDossierPACS', 'Dépôt de dossier PACS (DDPACS)', 'DILA'),
  (5, 'JeChangeDeCoordonnees', 'Déclaration de changement de coordonnées (JCC)', 'DILA'),
  (6, 'HebergementTourisme', 'Déclaration d''hébergement touristique (DHTOUR)', 'DILA'),
  (7, 'FormulaireQF', 'Formulaire QF - quotient familial', 'APIPART');

insert into organization (id, type, siret, branch_code, name, code, email, created_at, updated_at)
values (md5('org-DGS')::uuid, 'OSL', '11000101300017', '75107', 'Direction générale de la santé', 'DGS', null, now(), now()),
       (md5('org-DILA')::uuid, 'OSL', '13000918600011', '75107', 'Direction de l''information légale et administrative', 'DILA', null, now(), now()),
       (md5('org-APIPART')::uuid, 'OSL', '13002526500013', '75107', 'API Particulier (DINUM)', 'APIPART', null, now(), now());

insert into procedure (id, code, label, operator_id, active, message_to_transmitter, attachment_formats,
                       si_attachment_formats, attachment_types, attachment_max_size, status_before_file_deletion,
                       time_before_file_deletion, portal_retention_days, created_at, updated_at)
select md5('proc-' || code)::uuid, code, label, md5('org-' || operator)::uuid, true, operator <> 'DGS',
       'application/pdf,application/xml', 'application/pdf', 'Formulaire,Justificatif', 10485760, 'SI_RECEIVED', 2, 60,
       now(), now()
from bench_procedure;

-- 10,000 town halls (services instructeurs). SIRET 2 + rank on 8 digits + 00017, INSEE code = rank.
create temporary table big_city (rank int primary key, name text);
insert into big_city values (1, 'Paris'), (2, 'Marseille'), (3, 'Lyon'), (4, 'Toulouse'), (5, 'Nice'),
  (6, 'Nantes'), (7, 'Montpellier'), (8, 'Strasbourg'), (9, 'Bordeaux'), (10, 'Lille');
insert into organization (id, type, siret, branch_code, name, code, email, created_at, updated_at)
select md5('org-' || i)::uuid, 'SI', '2' || lpad(i::text, 8, '0') || '00017', lpad(i::text, 5, '0'),
       'Mairie de ' || coalesce(c.name, 'Commune ' || i), null, 'mairie@commune-' || i || '.test',
       now() - interval '3 years', now()
from generate_series(1, :orgs) i left join big_city c on c.rank = i;

-- What each town hall subscribes to: the first three démarches; the thousand largest, all seven.
create temporary table org_procedures as
select i as org, p.rank as prank, p.code
from generate_series(1, :orgs) i join bench_procedure p on p.rank <= case when i <= 1000 then 7 else 3 end;

-- 50,000 users: five per town hall (a local administrator, four agents), plus 95 more agents in
-- Paris so that twenty concurrent agents of one city are twenty different people.
create temporary table bench_user as
select i as org, k, case when k = 1 then 'LOCAL_ADMIN' else 'AGENT' end as actor_type,
       case when k = 1 then 'admin' else 'agent' || (k - 1) end || '@commune-' || i || '.test' as email
from generate_series(1, :orgs) i, generate_series(1, case when i = 1 then 100 else 5 end) k;

insert into app_user (id, organization_id, email, email_key, civility, first_name, last_name, last_name_key,
                      function_title, actor_type, active, password_hash, password_changed_at, last_login_at,
                      created_at, updated_at)
select md5('user-' || email)::uuid, md5('org-' || org)::uuid, email, email, 'MME', 'Agent', 'N' || org || '-' || k,
       'n' || org || '-' || k, case when k = 1 then 'Secrétaire générale' else 'Agent d''état civil' end, actor_type,
       true, :'password_hash', now() - interval '10 days', now() - interval '1 day', now() - interval '1 year', now()
from bench_user;

insert into user_role (user_id, role)
select md5('user-' || email)::uuid, r
from bench_user, unnest(case when actor_type = 'AGENT' then array['DOSSIER_MANAGE']
                             else array['SUBSCRIPTION_MANAGE', 'USER_MANAGE'] end) r;

-- Agents are habilitated on every démarche of their town hall.
insert into procedure_authorization (id, user_id, procedure_id, created_at)
select md5('auth-' || u.email || '-' || op.code)::uuid, md5('user-' || u.email)::uuid, md5('proc-' || op.code)::uuid, now()
from bench_user u join org_procedures op on op.org = u.org
where u.actor_type = 'AGENT';

-- Subscriptions: État civil mailed daily (the digest benchmark), CERTDC per dossier, others none.
insert into subscription (id, organization_id, procedure_id, datapass_id, status, validated_at, activation_date,
                          access_mode, local_administrator_id, notification_frequency, notification_email,
                          notified_until, created_at, updated_at)
select md5('sub-' || org || '-' || code)::uuid, md5('org-' || org)::uuid, md5('proc-' || code)::uuid,
       org * 10 + prank, 'ACTIVE', now() - interval '400 days', current_date - 400, 'PORTAIL',
       md5('user-admin@commune-' || org || '.test')::uuid,
       case code when 'EtatCivil' then 'DAILY' when 'CERTDC' then 'UNIT' else 'NONE' end,
       case when code in ('EtatCivil', 'CERTDC') then 'etat-civil@commune-' || org || '.test' end,
       now(), now() - interval '400 days', now()
from org_procedures;

-- The operators' API clients (bench/api-intake), secret hashed as the application does.
insert into api_client (id, client_id, secret_hash, scope, organization_id, label, created_at, updated_at)
select md5('client-' || o)::uuid, 'bench-' || lower(o), :'api_secret_hash', 'OSL', md5('org-' || o)::uuid,
       'Banc d''essai ' || o, now(), now()
from unnest(array['DGS', 'DILA', 'APIPART']) o;

-- No scheduled job runs on the bench server unless a benchmark asks (bench/digest).
insert into job_run (name, next_run_at)
select j, now() + interval '365 days'
from unnest(array['unit-notifications', 'daily-digest', 'twice-daily-digest', 'password-reminders',
                  'inactive-accounts', 'retention-purge', 'subscription-activation']) j
on conflict (name) do update set next_run_at = excluded.next_run_at;

-- Dossier allocation: organisation i gets floor(N / (i * H)) dossiers, H the harmonic number;
-- the rounding remainder goes to Paris.
create temporary table alloc as
with w as (select i, 1.0 / i as weight from generate_series(1, :orgs) i),
     h as (select sum(weight) as total from w),
     c as (select i, greatest(1, floor(:dossiers * weight / total))::int as cnt from w, h)
select i, cnt from c;
update alloc set cnt = cnt + (:dossiers - (select sum(cnt) from alloc)) where i = 1;
alter table alloc add column lo bigint;
update alloc a set lo = s.lo from (select i, sum(cnt) over (order by i) - cnt + 1 as lo from alloc) s where s.i = a.i;

-- People (accented names: the search ignores accents) and the accent-free key the application stores.
create temporary table people_last (k int, name text);
insert into people_last select row_number() over () - 1, n from unnest(array[
  'Martin','Bernard','Thomas','Petit','Robert','Richard','Durand','Dubois','Moreau','Laurent','Simon','Michel',
  'Lefèvre','Leroy','Roux','David','Bertrand','Morel','Fournier','Girard','Bonnet','Dupont','Lambert','Fontaine',
  'Rousseau','Vincent','Müller','Lefebvre','Faure','André','Mercier','Blanc','Guérin','Boyer','Garnier','Chevalier',
  'François','Legrand','Gauthier','Garcia','Perrin','Robin','Clément','Morin','Nicolas','Henry','Roussel','Mathieu',
  'Gautier','Masson','Marchand','Duval','Denis','Dumont','Marie','Lemaire','Noël','Meyer','Dufour','Meunier','Brun',
  'Blanchard','Giraud','Joly','Rivière','Lucas','Brunet','Gaillard','Barbier','Arnaud','Martínez','Gérard','Roche',
  'Renard','Schmitt','Roy','Leroux','Colin','Vidal','Caron','Picard','Roger','Fabre','Aubert','Lemoine','Renaud',
  'Dumas','Lacroix','Olivier','Philippe','Bourgeois','Pierre','Benoît','Rey','Leclerc','Payet','Rolland','Leclercq',
  'Guillaume','Lecomte','Lopez','Jean','Dupuy','Guillot','Hubert','Berger','Carpentier','Sanchez','Dupuis','Moulin',
  'Louis','Deschamps','Huet','Vasseur','Perez','Boucher','Fleury','Royer','Klein','Jacquet','Adam','Paris','Poirier',
  'Marty','Aubry','Guyot','Carré','Charles','Renault','Charpentier','Ménard','Maillard','Baron','Bertin','Bailly',
  'Hervé','Schneider','Fernandez','Le Gall','Collet','Léger','Bouvier','Julien','Prévost','Millet','Perrot','Daniel',
  'Le Roux','Cousin','Germain','Breton','Besson','Langlois','Rémy','Le Goff','Pelletier','Lévêque','Perrier',
  'Leblanc','Barré','Lebrun','Marchal','Weber','Mallet','Hamon','Boulanger','Jacob','Monnier','Michaud','Rodriguez',
  'Guichard','Gillet','Étienne','Grondin','Poulain','Tessier','Chevallier','Collin','Chauvin','Da Silva','Bouchet',
  'Gay','Lemaître','Bénard','Maréchal','Humbert','Reynaud','Antoine','Hoarau','Perret','Barthélemy','Cordier',
  'Pichon','Lejeune','Gilbert','Lamy','Delaunay','Pasquier','Carlier','Laporte']) n;
create temporary table people_first (k int, name text);
insert into people_first select row_number() over () - 1, n from unnest(array[
  'Camille','Léa','Manon','Chloé','Inès','Zoé','Jade','Louise','Emma','Hélène','Noémie','Anaïs','Gaëlle','Élise',
  'Océane','Lucas','Hugo','Louis','Jules','Gabriel','Raphaël','Arthur','Théo','Nathan','Mathéo','Noé','Timothée',
  'Jérôme','François','Loïc']) n;
analyze people_last; analyze people_first;

-- One row per dossier: who, what, when, and the status reached. Age is skewed to the recent
-- (u^1.5 of two years): about a fifth is younger than the 60-day portal retention.
create unlogged table bench_dossier as
select n, a.i as org, a.lo,
       -- The first dossier of each town hall is an État civil one (every daily digest has news).
       case when n = a.lo then 1 else 1 + (hashint4(n::int) & 2147483647) % case when a.i <= 1000 then 7 else 3 end end as prank,
       (hashint4(n::int + 7) & 2147483647) % 200 as last_k,
       (hashint4(n::int + 11) & 2147483647) % 30 as first_k,
       now() - make_interval(mins => (730 * 1440 * power(random(), 1.5))::int) - interval '5 minutes' as transmitted_at,
       random() as draw
from alloc a, generate_series(a.lo, a.lo + a.cnt - 1) n;

alter table bench_dossier add column status text, add column path text[];
update bench_dossier set status = case
    when transmitted_at > now() - interval '2 days' then
      case when draw < 0.7 then 'HUBEE_NOTIFIED' when draw < 0.9 then 'SI_RECEIVED' else 'IN_PROGRESS' end
    when transmitted_at > now() - interval '60 days' then
      case when draw < 0.10 then 'HUBEE_NOTIFIED' when draw < 0.25 then 'SI_RECEIVED' when draw < 0.50 then 'IN_PROGRESS'
           when draw < 0.60 then 'ADD_AWAITING' when draw < 0.65 then 'REFUSED' when draw < 0.90 then 'DONE' else 'CLOSED' end
    else
      case when draw < 0.03 then 'IN_PROGRESS' when draw < 0.05 then 'ADD_AWAITING' when draw < 0.10 then 'REFUSED'
           when draw < 0.40 then 'DONE' else 'CLOSED' end
  end;
update bench_dossier set path = case status
    when 'HUBEE_NOTIFIED' then array[]::text[]
    when 'SI_RECEIVED' then array['SI_RECEIVED']
    when 'IN_PROGRESS' then array['SI_RECEIVED', 'IN_PROGRESS']
    when 'ADD_AWAITING' then array['SI_RECEIVED', 'IN_PROGRESS', 'ADD_AWAITING']
    when 'REFUSED' then array['SI_RECEIVED', 'REFUSED']
    when 'DONE' then array['SI_RECEIVED', 'IN_PROGRESS', 'DONE']
    else array['SI_RECEIVED', 'IN_PROGRESS', 'DONE', 'CLOSED'] end;
create index on bench_dossier (n);
analyze bench_dossier;

-- Each step of the path is an event, spread over at most twenty days after transmission.
create unlogged table bench_event as
select d.n, s.step, s.status, d.org, d.prank, coalesce(d.path[s.step - 1], 'HUBEE_NOTIFIED') as previous,
       d.transmitted_at + least(now() - d.transmitted_at, interval '20 days') * s.step / (cardinality(d.path) + 1) as at,
       cardinality(d.path) as steps
from bench_dossier d, unnest(d.path) with ordinality s(status, step);
analyze bench_event;

insert into folder (id, procedure_id, operator_id, external_id, global_status, applicant_first_name,
                    applicant_last_name, applicant_email, created_at, updated_at, closed_at)
select md5('folder-' || d.n)::uuid, md5('proc-' || p.code)::uuid, md5('org-' || p.operator)::uuid,
       p.operator || '-' || lpad(d.n::text, 13, '0'), 'HUBEE_NOTIFIED', f.name, upper(l.name),
       lower(translate(f.name, 'éèëïçöüíñÉ', 'eeeicouinE')) || '.' || d.n || '@courriel.test',
       d.transmitted_at, d.transmitted_at, null
from bench_dossier d join bench_procedure p on p.rank = d.prank
     join people_last l on l.k = d.last_k join people_first f on f.k = d.first_k;

insert into dossier (id, folder_id, recipient_id, procedure_id, external_id, status, search_name, search_number,
                     applicant_display, transmitted_at, updated_at, updated_by, created_at, closed_at,
                     operator_changed_at, acknowledged_at, position)
select md5('dossier-' || d.n)::uuid, md5('folder-' || d.n)::uuid, md5('org-' || d.org)::uuid,
       md5('proc-' || p.code)::uuid, p.operator || '-' || lpad(d.n::text, 13, '0') || '-01', d.status,
       lower(translate(l.name, 'àâäéèêëîïôöùûüçíñÉÈ', 'aaaeeeeiioouuucineE')),
       lower(p.operator || '-' || lpad(d.n::text, 13, '0') || '-01'),
       f.name || ' ' || upper(l.name), d.transmitted_at,
       coalesce(last.at, d.transmitted_at),
       case when last.status = 'CLOSED' then p.operator when last.status is not null then 'Agent N' || d.org || '-2' end,
       d.transmitted_at, case when d.status = 'CLOSED' then last.at end,
       case when d.status = 'CLOSED' then last.at else d.transmitted_at end,
       first.at, 0
from bench_dossier d join bench_procedure p on p.rank = d.prank
     join people_last l on l.k = d.last_k join people_first f on f.k = d.first_k
     left join bench_event last on last.n = d.n and last.step = cardinality(d.path)
     left join bench_event first on first.n = d.n and first.step = 1;

insert into event (id, dossier_id, action_type, status, author, transmitter_id, case_current_status,
                   case_new_status, notification, created_at, updated_at)
select md5('event-' || e.n || '-' || e.step)::uuid, md5('dossier-' || e.n)::uuid, 'STATUS_UPDATE', 'SENT',
       case when e.status = 'CLOSED' then p.operator else 'Agent N' || e.org || '-2' end,
       case when e.status = 'CLOSED' then md5('org-' || p.operator)::uuid else md5('org-' || e.org)::uuid end,
       e.previous, e.status, true, e.at, e.at
from bench_event e join bench_procedure p on p.rank = e.prank;

-- One small PDF per folder (~1 kB), the same bytes for its metadata (size, digest) and its content.
create function pg_temp.bench_pdf(n bigint) returns bytea language sql immutable as $$
  select convert_to('%PDF-1.4' || chr(10) || '% HubEE banc d''essai, dossier ' || n || chr(10)
                    || repeat('0123456789abcdef', 64) || chr(10) || '%%EOF', 'UTF8')
$$;
-- The contents of Clos dossiers are already purged, as in a hub that
-- has run for years (the retention job).
insert into attachment (id, folder_id, file_name, type, mime_type, size, digest, status, received_at, purged_at,
                        created_at, updated_at, position)
select md5('att-' || d.n)::uuid, md5('folder-' || d.n)::uuid,
       p.operator || '-' || lpad(d.n::text, 13, '0') || '.pdf', 'Formulaire', 'application/pdf',
       octet_length(c.content), encode(sha256(c.content), 'base64'), 'RECEIVED', d.transmitted_at,
       case when d.status = 'CLOSED' then now() end, d.transmitted_at, d.transmitted_at, 0
from bench_dossier d join bench_procedure p on p.rank = d.prank,
     lateral (select pg_temp.bench_pdf(d.n) as content) c;

insert into dossier_attachment (dossier_id, attachment_id)
select md5('dossier-' || n)::uuid, md5('att-' || n)::uuid from bench_dossier;

insert into attachment_chunk (attachment_id, seq, data)
select md5('att-' || d.n)::uuid, 0, pg_temp.bench_pdf(d.n)
from bench_dossier d where d.status <> 'CLOSED';

drop table bench_event;
drop table bench_dossier;
commit;
-- Counts read the visibility map (index-only scans): vacuum, then statistics.
vacuum analyze;
