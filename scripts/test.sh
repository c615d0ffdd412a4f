#!/usr/bin/env bash
# Installs what the tests need and runs every test: the README's test command, and what CI runs.
# Idempotent: each step is skipped when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# pnpm 10 from npm (corepack cannot fetch pnpm on machines without its signing keys' network).
if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version)" != 10.* ]]; then
  echo "== Installerar pnpm 10"
  npm install --global --no-fund --no-audit pnpm@10
fi

# Debian's Chromium for the browser tests (Playwright's own browser download needs the internet).
if [[ -z "${CHROMIUM_PATH:-}" ]] && ! command -v chromium >/dev/null 2>&1; then
  echo "== Installerar Chromium"
  sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq chromium >/dev/null
fi

# The local PostgreSQL server the database tests use, unless TEST_DATABASE_URL points elsewhere.
if [[ -z "${TEST_DATABASE_URL:-}" ]] && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "== Startar PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  else
    echo "PostgreSQL svarar inte på 127.0.0.1:5432 och pg_ctlcluster saknas: starta PostgreSQL eller sätt TEST_DATABASE_URL." >&2
    exit 1
  fi
fi

pnpm install --frozen-lockfile
pnpm test
