-- Waiting-list snapshots in specialised care: one row per waiting referral and measurement day.
create table fact_specialiserad_vantande (
  batch_id bigint not null references import_batch (id),
  period date not null, -- first day of the month of matdatum
  kommun text not null,
  remiss_id text not null,
  matdatum date not null,
  kon text not null,
  aldersgrupp text not null,
  vardtyp text not null,
  specialitet text not null,
  vantedagar integer not null,
  patientvald_vantan boolean not null
);
create index fact_specialiserad_vantande_period_idx on fact_specialiserad_vantande (period, kommun);
