#!/usr/bin/env bash
# The editor benchmark: opens a generated 1,000-shot episode in the editor's view-model and scrolls
# its timeline at three zooms, drawing on a headless canvas; prints the times. Takes under a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -ntp -q -Dstyle.color=never -Pbenchmark -DskipTests package exec:java \
  -Dbench.main=io.cutroom.bench.EditorBenchmark "$@"
