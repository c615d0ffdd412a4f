-- The recent trend of each materialised value (api/src/engine/trends.ts): what the test over the last five
-- published periods said, and its chi-square statistic. Both null when there were not five published periods.
-- Worked out with the values, so that reads never aggregate.
alter table indicator_value
  add column trend text check (trend in ('improving', 'worsening', 'increasing', 'decreasing', 'no_significant_change')),
  add column trend_chi_square double precision check (trend_chi_square >= 0),
  add check ((trend is null) = (trend_chi_square is null));

-- When the indicator values were last brought up to date with a published batch: null until then. An import
-- publishes its rows first and then recomputes the values it affects (api/src/engine/after-import.ts); a process
-- stopped in between leaves the batch null here, and the next start catches up. Batches published before this
-- migration are null too, so their values are computed once on the next start.
alter table import_batch add column values_updated_at timestamptz;
create index import_batch_values_pending_idx on import_batch (id) where status = 'published' and values_updated_at is null;

-- A digest of each indicator's stored values (api/src/engine/write-values.ts): a recompute that arrives at the same
-- values, the common case, compares one digest instead of reading every stored row back.
create table indicator_value_digest (
  indicator_id text collate "C" primary key,
  digest text not null check (digest ~ '^[0-9a-f]{40}$')
);
