-- Logins in progress at the organisation's OpenID Connect provider. The browser holds a random id in
-- a cookie; this row holds what must not travel through the browser (PKCE verifier, nonce, state).
-- Rows are single-use and expire after ten minutes.
create table oidc_login (
  id_hash text primary key check (id_hash ~ '^[0-9a-f]{64}$'),
  state text not null,
  nonce text not null,
  code_verifier text not null,
  redirect_to text not null default '/',
  created_at timestamptz not null default now()
);
