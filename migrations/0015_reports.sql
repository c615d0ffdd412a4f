-- Periodic joint follow-up reports (api/src/reports): created from a template (@samsyn/reports) for an organisation
-- unit and a period, written by the working group, reviewed, approved and published. States are the Swedish words
-- of the process (ASCII for fastställd): utkast → granskning → faststalld → publicerad, and granskning → utkast.
create table report (
  id bigint generated always as identity primary key,
  template_id text not null,
  title text not null check (length(btrim(title)) > 0),
  org_unit text not null references org_unit (code),
  period_type text not null check (period_type in ('quarter', 'half_year', 'year')),
  -- The period's key as @samsyn/reports writes it: 2026-Q3, 2026-H2, 2026.
  period text not null check (period ~ '^[0-9]{4}(-Q[1-4]|-H[12])?$'),
  state text not null default 'utkast' check (state in ('utkast', 'granskning', 'faststalld', 'publicerad')),
  -- Markdown, rendered sanitised on output.
  key_messages text not null default '',
  created_by bigint not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index report_state_idx on report (state, created_at desc);

-- A report's sections, in order. Created from the template's sections and then the working group's: reordered,
-- hidden or added. The three texts are Markdown.
create table report_section (
  id bigint generated always as identity primary key,
  report_id bigint not null references report (id),
  position integer not null check (position >= 0),
  kind text not null check (kind in ('scorecard', 'area', 'comparison', 'survey_summary', 'commentary', 'appendix')),
  area text check (area in ('accessibility', 'continuity', 'care_transitions', 'elderly_care', 'patient_experience')),
  title text not null check (length(btrim(title)) > 0),
  hidden boolean not null default false,
  analysis text not null default '',
  conclusions text not null default '',
  actions text not null default '',
  updated_at timestamptz not null default now(),
  check ((kind = 'area') = (area is not null)),
  -- Deferred, so that a move can renumber the sections in one statement.
  unique (report_id, position) deferrable initially deferred
);

-- Reviewers' and the working group's comments: on a section or (section null) on the whole report, threaded by
-- parent. A thread is resolved at its first comment.
create table report_comment (
  id bigint generated always as identity primary key,
  report_id bigint not null references report (id),
  section_id bigint references report_section (id),
  parent_id bigint references report_comment (id),
  author_id bigint not null references app_user (id),
  body text not null check (length(btrim(body)) > 0),
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by bigint references app_user (id),
  check ((resolved_at is null) = (resolved_by is null)),
  check (parent_id is null or resolved_at is null)
);
create index report_comment_report_idx on report_comment (report_id, id);

-- Every change of state, who made it and when: the report's own audit of its process. A return to utkast needs a
-- reason; nothing else may move.
create table report_transition (
  id bigint generated always as identity primary key,
  report_id bigint not null references report (id),
  from_state text not null,
  to_state text not null,
  reason text,
  user_id bigint not null references app_user (id),
  at timestamptz not null default now(),
  check ((from_state, to_state) in (('utkast', 'granskning'), ('granskning', 'utkast'), ('granskning', 'faststalld'),
                                    ('faststalld', 'publicerad'))),
  check (not (from_state = 'granskning' and to_state = 'utkast') or length(btrim(coalesce(reason, ''))) > 0)
);
create index report_transition_report_idx on report_transition (report_id, id);

-- What an approved report shows, frozen at approval: every value with its interval, status, trend, definition
-- version and import batches, the definitions and the batches. `content` is the exact canonical JSON that was
-- hashed, so the hash can always be checked against it (here, by the database).
create table report_snapshot (
  report_id bigint primary key references report (id),
  content text not null,
  content_sha256 text not null check (content_sha256 = encode(sha256(convert_to(content, 'UTF8')), 'hex')),
  frozen_at timestamptz not null default now(),
  frozen_by bigint not null references app_user (id)
);

create function report_snapshot_is_frozen() returns trigger language plpgsql as $$
begin
  raise exception 'report_snapshot is frozen: % refused', tg_op;
end;
$$;

create trigger report_snapshot_frozen
  before update or delete or truncate on report_snapshot
  for each statement execute function report_snapshot_is_frozen();
