#!/usr/bin/env bash
# Runs the browser check of the built docs site (docs/scripts/check-site.mjs) and writes its result as a TRX file for
# CI's totals. It needs Debian's chromium: when it is absent this script installs it (apt-get); when that fails, the
# check reports itself skipped, with the reason, instead of passing. Run it after eng/build-docs.sh.
# Usage: bash eng/check-docs-site.sh <result.trx>
set -euo pipefail
cd "$(dirname "$0")/.."
trx="${1:?usage: bash eng/check-docs-site.sh <result.trx>}"

chromium="$(command -v chromium || command -v chromium-browser || true)"
reason=""
if [ -z "$chromium" ]; then
  echo "docs check: chromium is not installed; installing Debian's package"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo -n"; fi
  log="$(mktemp)"
  if { $sudo apt-get install -y --no-install-recommends chromium || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends chromium; }; } >"$log" 2>&1; then
    chromium="$(command -v chromium || true)"
  fi
  if [ -z "$chromium" ]; then
    reason="chromium is not installed and apt-get could not install it ($(grep -E '^(E:|sudo:)' "$log" | tail -n 1 || tail -n 1 "$log"))"
  fi
  rm -f "$log"
fi

cd docs
if [ -z "$chromium" ]; then
  node scripts/check-site.mjs --trx "$trx" --skip "$reason"
else
  node scripts/check-site.mjs --chromium "$chromium" --trx "$trx"
fi
