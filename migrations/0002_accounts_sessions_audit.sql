-- Accounts, role grants scoped to organisations, server-side sessions, one-time password links,
-- login attempts for rate limiting, and the append-only audit log.

create table app_user (
  id bigint generated always as identity primary key,
  email text not null check (email = lower(btrim(email)) and email ~ '^[^@\s]+@[^@\s]+$'),
  display_name text not null default '',
  -- Argon2id PHC string; null for accounts that only sign in through single sign-on.
  password_hash text,
  oidc_issuer text,
  oidc_subject text,
  -- Demo accounts exist only in demo mode and are labelled as such everywhere.
  is_demo boolean not null default false,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  unique (email),
  unique (oidc_issuer, oidc_subject),
  check ((oidc_issuer is null) = (oidc_subject is null))
);

-- A role on an organisation: the grant covers that unit and every unit below it.
-- Admins are global (no organisation).
create table role_grant (
  user_id bigint not null references app_user (id),
  role text not null check (role in ('admin', 'editor', 'reviewer', 'viewer')),
  org_unit_code text references org_unit (code),
  granted_at timestamptz not null default now(),
  check ((role = 'admin') = (org_unit_code is null))
);
create unique index role_grant_unique_idx on role_grant (user_id, role, coalesce(org_unit_code, ''));

-- Only a SHA-256 of the session token is stored: a copy of this table cannot be used to log in.
create table user_session (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id bigint not null references app_user (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index user_session_user_idx on user_session (user_id);

create table password_link (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id bigint not null references app_user (id),
  purpose text not null check (purpose in ('set', 'reset')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Failed logins per key ('account:<hash>' or 'ip:<hash>'), for rate limiting; hashed so the
-- table keeps neither addresses nor e-mail addresses. Old rows are pruned on insert.
create table login_failure (
  key text not null,
  failed_at timestamptz not null default now()
);
create index login_failure_key_idx on login_failure (key, failed_at);

create table audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_user_id bigint references app_user (id),
  -- Who, in words that survive the account: the e-mail address, 'cli' or 'system'.
  actor text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  org_unit_code text,
  diff jsonb,
  request_id text
);
create index audit_log_occurred_idx on audit_log (occurred_at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log är endast för tillägg / audit_log is append-only'
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
  before update or delete on audit_log
  for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
  before truncate on audit_log
  for each statement execute function audit_log_is_append_only();
