-- Patient-experience surveys: versioned questionnaires, their distribution (open links and single-use codes) and
-- the anonymous responses. Anonymity is by construction: no table here has a column for an IP address, a user
-- agent, a cookie, a session or an exact time of answering, and the codes cannot be joined to the responses.

create table questionnaire (
  id bigint generated always as identity primary key,
  key text not null unique check (key ~ '^[a-z][a-z0-9-]{1,60}$'),
  title text not null check (length(btrim(title)) > 0),
  -- The organisation whose editors manage it (a grant on it or above); built-in templates belong to the county.
  org_unit_code text not null references org_unit (code),
  created_at timestamptz not null default now()
);

-- One row per version. A draft can be edited in place; publishing freezes it, and a change to a published
-- questionnaire is a new version, so every response keeps the exact questions it answered.
create table questionnaire_version (
  questionnaire_id bigint not null references questionnaire (id),
  version integer not null check (version >= 1),
  status text not null check (status in ('draft', 'published')),
  -- The questions, validated by api/src/surveys/content.ts before every write.
  content jsonb not null,
  created_at timestamptz not null default now(),
  published_at timestamptz,
  check ((status = 'published') = (published_at is not null)),
  primary key (questionnaire_id, version)
);
-- At most one draft per questionnaire: the next version is edited in one place.
create unique index questionnaire_version_one_draft_idx on questionnaire_version (questionnaire_id) where status = 'draft';

-- An open link (for posters) answers the newest published version for one organisation unit.
create table survey_link (
  slug text primary key check (slug ~ '^[a-z0-9][a-z0-9-]{2,80}$'),
  questionnaire_id bigint not null references questionnaire (id),
  org_unit_code text not null references org_unit (code),
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index survey_link_questionnaire_idx on survey_link (questionnaire_id);

-- A batch of single-use codes for letters or text messages after a visit or a discharge.
create table survey_code_batch (
  id bigint generated always as identity primary key,
  questionnaire_id bigint not null references questionnaire (id),
  org_unit_code text not null references org_unit (code),
  period_start date not null,
  period_end date not null check (period_end >= period_start),
  code_count integer not null check (code_count between 1 and 100000),
  created_at timestamptz not null default now()
);

-- Only a keyed hash of each code (HMAC-SHA-256), never the code. Deliberately no reference to survey_response and
-- no time of use: a consumed code tells that someone answered, not what.
create table survey_code (
  code_hash bytea primary key check (length(code_hash) = 32),
  batch_id bigint not null references survey_code_batch (id),
  org_unit_code text not null references org_unit (code),
  period_start date not null,
  period_end date not null,
  consumed boolean not null default false
);
create index survey_code_batch_idx on survey_code (batch_id, consumed);

-- One anonymous response. The date is the Monday of the ISO week it was given in; the id is random so that its
-- order tells nothing about when it came in.
create table survey_response (
  id uuid primary key default gen_random_uuid(),
  questionnaire_id bigint not null,
  version integer not null,
  org_unit_code text not null references org_unit (code),
  -- The municipality the unit belongs to, for the indicator engine (as on every fact table).
  kommun text not null references org_unit (code),
  week date not null check (extract(isodow from week) = 1),
  foreign key (questionnaire_id, version) references questionnaire_version (questionnaire_id, version)
);
create index survey_response_counts_idx on survey_response (questionnaire_id, org_unit_code, week);

-- One row per answered question (per chosen option for multiple choice). The question's dimension and the
-- answer's valuation are copied from the version answered, so that the engine aggregates this table alone.
create table survey_answer (
  response_id uuid not null references survey_response (id) on delete cascade,
  kommun text not null,
  week date not null,
  question_key text not null,
  dimension text not null,
  -- The chosen option, or null for a free-text answer.
  option_key text,
  -- positive / negative count for the indicators; excluded = "Vet inte / Inte aktuellt"; null = not scored.
  valuation text check (valuation in ('positive', 'negative', 'excluded')),
  -- Free text with personal identity numbers, phone numbers and e-mail addresses masked before it is stored.
  free_text text check (length(free_text) <= 4000),
  check ((option_key is null) <> (free_text is null))
);
create index survey_answer_response_idx on survey_answer (response_id);
-- The engine's two scans: per dimension and per question, by municipality and week, over scored answers.
create index survey_answer_dimension_idx on survey_answer (dimension, kommun, week) include (valuation)
  where valuation in ('positive', 'negative');
create index survey_answer_question_idx on survey_answer (question_key, kommun, week) include (valuation)
  where valuation in ('positive', 'negative');
