-- Materialised indicator values: one row per indicator, organisation unit, period and sex, computed by the
-- engine (api/src/engine) from the fact tables. Reads never aggregate raw rows; `samsyn recompute` replaces an
-- indicator's rows in one transaction.
--
-- Values are computed from stored counts at every level, so numerator and denominator (and, for a mean, the sum of
-- squares) are kept: a sub-region's value is its municipalities' counts summed, never their percentages averaged.
-- A suppressed cell keeps no number at all, so nothing can be read back from it.
--
-- No foreign keys to org_unit and indicator_definition: the engine writes only codes and versions it has just read
-- from them, and a per-row foreign-key trigger would cost more than the rest of a full recompute's writing.
create table indicator_value (
  -- The key's text columns are codes (ASCII): byte order compares them fastest, and a full recompute writes the
  -- key index of every row.
  indicator_id text collate "C" not null,
  definition_version integer not null check (definition_version >= 1),
  org_unit text collate "C" not null,
  period_type text collate "C" not null check (period_type in ('month', 'quarter', 'year', 'rolling_12')),
  -- 2026-03 (a month, and the last month of a rolling 12 months), 2026-Q1, 2026.
  period text collate "C" not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$'),
  sex text collate "C" not null check (sex in ('K', 'M', 'T')),
  numerator numeric,
  denominator numeric,
  sum_squares numeric,
  value double precision,
  ci_low double precision,
  ci_high double precision,
  ci_low_998 double precision,
  ci_high_998 double precision,
  suppressed boolean not null default false,
  -- Kolada's symbols: suppressed (..), missing (-), not applicable (.).
  missing_reason text check (missing_reason in ('suppressed', 'missing', 'not_applicable')),
  computed_at timestamptz not null default now(),
  -- Lineage: the import batches the cell's rows came from.
  batch_ids bigint[] not null default '{}',
  primary key (indicator_id, org_unit, period_type, period, sex),
  -- A value is there exactly when no reason says why it is not.
  check ((value is null) = (missing_reason is not null)),
  check (suppressed = (missing_reason is not distinct from 'suppressed')),
  check (not suppressed or (numerator is null and denominator is null and sum_squares is null
    and ci_low is null and ci_high is null and ci_low_998 is null and ci_high_998 is null))
);
