-- Kolada's open key figures for the county's municipalities and the region, one row per key figure,
-- municipality (or the county, code '14'), year and sex. Kolada publishes some cells without a number
-- and says why; the reason is kept beside the null value instead of turning it into a zero.
create table fact_kolada (
  batch_id bigint not null, -- import_batch.id; no foreign key, see 0008
  line_number integer not null, -- the file line the row came from (lineage, like the other fact tables)
  period date not null, -- 1 January of ar
  kpi text not null,
  kommun text not null,
  ar integer not null,
  kon text not null, -- 'T' (total), 'K' or 'M'
  varde numeric,
  -- Why varde is null: Kolada's '-' or an empty value (saknas), '.' (ej_tillampligt), '..' (undertryckt).
  saknas text check (saknas in ('saknas', 'ej_tillampligt', 'undertryckt')),
  check ((varde is null) = (saknas is not null))
);
create index fact_kolada_period_idx on fact_kolada using brin (period);
