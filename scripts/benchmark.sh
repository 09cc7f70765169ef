#!/usr/bin/env bash
# The render benchmark (docs/benchmark.md): generates a synthetic 12-scene episode, renders it cold
# with Cutroom, with hand-written FFmpeg commands (the reference), after a one-shot change and with
# nothing changed, and prints wall time, CPU time, peak RSS and the ratios. Takes a few minutes.
# Arguments go to the benchmark: --reference=segments|single|both, --reference-jobs=N.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh time
exec mvn -B -ntp -q -Dstyle.color=never -Pbenchmark -DskipTests package exec:java -Dexec.args="$*"
