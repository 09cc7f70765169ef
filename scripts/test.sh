#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: system packages if missing, then Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
exec mvn -B -ntp test "$@"
