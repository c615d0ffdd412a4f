-- Imports: one row per batch (an uploaded file), the rows it rejected, and the fact tables that
-- published batches fill. Every fact row records the batch it came from (lineage) and keeps the
-- municipality code as a column, so the large tables can be distributed by organisation later.

create table import_batch (
  id bigint generated always as identity primary key,
  dataset text not null,
  file_name text not null,
  -- SHA-256 of the file's bytes: the same file published twice is recognised and not imported again.
  file_sha256 text check (file_sha256 ~ '^[0-9a-f]{64}$'),
  policy text not null check (policy in ('all_or_nothing', 'accept_valid')),
  status text not null default 'running'
    check (status in ('running', 'published', 'rejected', 'duplicate', 'failed')),
  rows_total integer,
  rows_rejected integer,
  rows_published integer,
  -- What the batch replaced: months (YYYY-MM) or years (YYYY), and the municipalities with rows.
  periods text[] not null default '{}',
  org_units text[] not null default '{}',
  -- The first published batch with the same file, for a 'duplicate'.
  duplicate_of bigint references import_batch (id),
  message text,
  started_by text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz
);
create index import_batch_dataset_idx on import_batch (dataset, started_at desc);
create index import_batch_sha_idx on import_batch (dataset, file_sha256) where status = 'published';

create table import_reject (
  batch_id bigint not null references import_batch (id),
  line_number integer not null,
  column_name text,
  column_number integer,
  value text,
  reason text not null
);
create index import_reject_batch_idx on import_reject (batch_id, line_number);

-- A date from 'YYYY-MM-DD' or 'YYYYMMDD', or null when the text is no real date. Plain SQL
-- expressions without exceptions or subqueries, so PostgreSQL inlines them and checks millions of
-- rows in one statement (an exception handler would open a subtransaction per row).
create function samsyn_days_in_month(y integer, m integer) returns integer
language sql immutable parallel safe as $$
  select case
    when m in (1, 3, 5, 7, 8, 10, 12) then 31
    when m in (4, 6, 9, 11) then 30
    when (y % 4 = 0 and y % 100 <> 0) or y % 400 = 0 then 29
    else 28
  end
$$;

create function samsyn_make_date(y integer, m integer, d integer) returns date
language sql immutable parallel safe as $$
  select case
    when y between 1900 and 2199 and m between 1 and 12 and d between 1 and samsyn_days_in_month(y, m)
    then make_date(y, m, d)
  end
$$;

create function samsyn_try_date(value text) returns date
language sql immutable parallel safe as $$
  select case
    when value ~ '^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*$' then samsyn_make_date(
      substr(btrim(value), 1, 4)::integer, substr(btrim(value), 6, 2)::integer, substr(btrim(value), 9, 2)::integer)
    when value ~ '^\s*[0-9]{8}\s*$' then samsyn_make_date(
      substr(btrim(value), 1, 4)::integer, substr(btrim(value), 5, 2)::integer, substr(btrim(value), 7, 2)::integer)
  end
$$;

-- Primary-care contacts as reported to the national waiting-time database (extended follow-up).
create table fact_pv_kontakt (
  batch_id bigint not null references import_batch (id),
  period date not null, -- first day of the month of kontaktdatum
  kommun text not null,
  kontakt_id text not null,
  vardenhet_id text not null,
  kon text not null,
  aldersgrupp text not null,
  kontaktdatum date not null,
  forsta_kontakt_datum date not null,
  yrkeskategori text not null,
  kontaktform text not null,
  vardgaranti boolean not null,
  medicinsk_bedomning boolean not null
);
create index fact_pv_kontakt_period_idx on fact_pv_kontakt (period, kommun);

-- Population by year, municipality, sex and age band (SCB).
create table fact_befolkning (
  batch_id bigint not null references import_batch (id),
  period date not null, -- 1 January of ar
  kommun text not null,
  ar integer not null,
  kon text not null,
  aldersgrupp text not null,
  antal integer not null
);
create index fact_befolkning_period_idx on fact_befolkning (period, kommun);
