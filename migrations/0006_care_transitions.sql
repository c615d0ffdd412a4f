-- Care transitions between hospital and municipality (as in SAMSA), and timestamps in import files.

-- A local timestamp from 'YYYY-MM-DD HH:MM[:SS]' (or with T, or a YYYYMMDD date), or null when the
-- text is no real moment. Like samsyn_try_date: plain SQL without exceptions, so it is inlined.
create function samsyn_try_timestamp(value text) returns timestamp
language sql immutable parallel safe as $$
  select case
    when btrim(value) ~ '^[0-9]{4}-?[0-9]{2}-?[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?$'
     and substring(btrim(value) from '[ T]([0-9]{2}):')::integer < 24
     and substring(btrim(value) from '[ T][0-9]{2}:([0-9]{2})')::integer < 60
     and coalesce(substring(btrim(value) from '[ T][0-9]{2}:[0-9]{2}:([0-9]{2})$'), '0')::integer < 60
    then samsyn_try_date(substring(btrim(value) from '^([0-9]{4}-?[0-9]{2}-?[0-9]{2})[ T]'))
      + make_interval(
          hours => substring(btrim(value) from '[ T]([0-9]{2}):')::integer,
          mins => substring(btrim(value) from '[ T][0-9]{2}:([0-9]{2})')::integer,
          secs => coalesce(substring(btrim(value) from '[ T][0-9]{2}:[0-9]{2}:([0-9]{2})$'), '0')::integer)
  end
$$;

create table fact_utskrivningsklar (
  batch_id bigint not null references import_batch (id),
  period date not null, -- first day of the month of inskrivningsdatum
  kommun text not null,
  vardtillfalle_id text not null,
  kon text not null,
  aldersgrupp text not null,
  inskrivningsdatum date not null,
  inskrivningsmeddelande_tid timestamp,
  utskrivningsklar_datum date,
  utskrivningsdatum date,
  behov_av_insatser boolean not null,
  fast_vardkontakt boolean,
  sip_datum date,
  aterinskriven_30d boolean
);
create index fact_utskrivningsklar_period_idx on fact_utskrivningsklar (period, kommun);
