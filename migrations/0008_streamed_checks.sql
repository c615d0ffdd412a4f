-- Imports now check every value while the file streams in and COPY the valid rows straight into
-- the fact tables (api/src/imports/values.ts says why), so:
-- * each fact row records the file line it came from, beside its batch (lineage to the line);
-- * the foreign key to import_batch goes: its per-row trigger made a million-row COPY several
--   times slower, and batches are never deleted, so it guarded nothing;
-- * a BRIN index on period replaces the B-tree: rows arrive a period at a time, so a block range
--   holds few periods, and a BRIN index costs next to nothing to keep up during a COPY;
-- * the SQL date and timestamp parsers are no longer used.
alter table fact_pv_kontakt add column line_number integer not null default 0;
alter table fact_befolkning add column line_number integer not null default 0;
alter table fact_specialiserad_vantande add column line_number integer not null default 0;
alter table fact_utskrivningsklar add column line_number integer not null default 0;
alter table fact_pv_kontakt alter column line_number drop default;
alter table fact_befolkning alter column line_number drop default;
alter table fact_specialiserad_vantande alter column line_number drop default;
alter table fact_utskrivningsklar alter column line_number drop default;

alter table fact_pv_kontakt drop constraint fact_pv_kontakt_batch_id_fkey;
alter table fact_befolkning drop constraint fact_befolkning_batch_id_fkey;
alter table fact_specialiserad_vantande drop constraint fact_specialiserad_vantande_batch_id_fkey;
alter table fact_utskrivningsklar drop constraint fact_utskrivningsklar_batch_id_fkey;

drop index fact_pv_kontakt_period_idx;
drop index fact_befolkning_period_idx;
drop index fact_specialiserad_vantande_period_idx;
drop index fact_utskrivningsklar_period_idx;
create index fact_pv_kontakt_period_idx on fact_pv_kontakt using brin (period);
create index fact_befolkning_period_idx on fact_befolkning using brin (period);
create index fact_specialiserad_vantande_period_idx on fact_specialiserad_vantande using brin (period);
create index fact_utskrivningsklar_period_idx on fact_utskrivningsklar using brin (period);

drop function samsyn_try_timestamp(text);
drop function samsyn_try_date(text);
drop function samsyn_make_date(integer, integer, integer);
drop function samsyn_days_in_month(integer, integer);
