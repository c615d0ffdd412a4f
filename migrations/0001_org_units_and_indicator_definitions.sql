-- Organisation units of the follow-up, and the versioned indicator catalogue.
-- Enumerations are text with check constraints rather than PostgreSQL enums: a later migration can
-- widen a check in one statement inside the migration transaction.

create table org_unit (
  code text primary key check (code ~ '^[A-Za-z0-9_-]{1,40}$'),
  name text not null check (length(btrim(name)) > 0),
  kind text not null check (kind in ('county', 'subregion', 'municipality', 'care_unit')),
  parent_code text references org_unit (code),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from),
  -- Only the county is a root; everything else hangs under a parent.
  check ((kind = 'county') = (parent_code is null))
);

create index org_unit_parent_code_idx on org_unit (parent_code);
create index org_unit_kind_idx on org_unit (kind);

-- One row per version: values computed with a definition keep the version they were computed with,
-- so a published definition is never edited in place.
create table indicator_definition (
  id text not null check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  version integer not null check (version >= 1),
  title_sv text not null,
  title_en text not null,
  area text not null check (area in ('accessibility', 'continuity', 'care_transitions', 'elderly_care', 'patient_experience')),
  principal text not null check (principal in ('region', 'municipality', 'joint')),
  polarity text not null check (polarity in ('higher_is_better', 'lower_is_better', 'no_judgement')),
  unit text not null check (unit in ('percent', 'per_thousand', 'per_hundred_thousand', 'days', 'number')),
  frequency text not null check (frequency in ('month', 'quarter', 'half_year', 'year')),
  owner_group text not null,
  valid_from date not null,
  next_review_date date not null,
  -- The complete definition as validated by @samsyn/indicators; the columns above are copies of its
  -- fields that queries filter and sort on.
  definition jsonb not null,
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  primary key (id, version)
);

create index indicator_definition_area_idx on indicator_definition (area);
