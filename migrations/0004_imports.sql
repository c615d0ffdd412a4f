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

-- A date from 'YYYY-MM-DD' or 'YYYYMMDD', or null when the text is no real date. Pure SQL without
-- exceptions, so millions of rows are checked in one statement (an exception handler per row would
-- open a subtransaction per row).
create function samsyn_try_date(value text) returns date
language sql immutable parallel safe as $$
  select case
    when p is null then null
    when p[1]::int between 1900 and 2199
     and p[2]::int between 1 and 12
     and p[3]::int between 1 and extract(day from make_date(p[1]::int, p[2]::int, 1) + interval '1 month - 1 day')::int
    then make_date(p[1]::int, p[2]::int, p[3]::int)
  end
  from (select coalesce(regexp_match(btrim(value), '^(\d{4})-(\d{2})-(\d{2})$'),
                        regexp_match(btrim(value), '^(\d{4})(\d{2})(\d{2})$')) as p) as parts
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
