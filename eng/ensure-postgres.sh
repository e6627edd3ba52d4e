#!/usr/bin/env bash
# Makes sure the PostgreSQL server binaries (initdb, pg_ctl, postgres) are on this machine for the store tests, which
# start their own throwaway cluster per test assembly (tests/RelationshipKit.TestUtils/PostgreSql): nothing is started
# here. When the binaries are missing it installs Debian's postgresql package (apt-get); when that fails, it says so
# and the PostgreSQL tests report themselves skipped with the reason (never passed).
# Usage: bash eng/ensure-postgres.sh
set -euo pipefail

bindir() {
  local dir
  dir="$(pg_config --bindir 2>/dev/null || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  done
}

dir="$(bindir)"
if [ -z "$dir" ]; then
  echo "postgres: server binaries not found; installing Debian's postgresql package"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo -n"; fi
  log="$(mktemp)"
  if ! { $sudo apt-get install -y --no-install-recommends postgresql || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends postgresql; }; } >"$log" 2>&1; then
    echo "postgres: apt-get could not install postgresql ($(grep -E '^(E:|sudo:)' "$log" | tail -n 1 || tail -n 1 "$log")); the PostgreSQL tests will be reported skipped"
  fi
  rm -f "$log"
  dir="$(bindir)"
fi

if [ -z "$dir" ]; then
  echo "postgres: no server binaries; the PostgreSQL tests will be reported skipped"
  exit 0
fi
echo "postgres: $("$dir/postgres" --version) in $dir; each test assembly starts its own cluster on a free loopback port"
if [ "$(id -u)" -eq 0 ] && ! id -u postgres >/dev/null 2>&1; then
  echo "postgres: running as root without a 'postgres' user to run the server as; the PostgreSQL tests will be reported skipped"
fi
