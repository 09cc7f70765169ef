#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: system packages if missing, then Maven.
# The editor's tests run JavaFX headless (Monocle), whose text needs Pango (libpangoft2).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh libpangoft2-1.0-0
exec mvn -B -ntp test "$@"
