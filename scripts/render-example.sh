#!/usr/bin/env bash
# Builds Cutroom and renders the bundled example episode (test-media/example) to out/pilot.mp4,
# with its subtitles beside it as out/pilot.srt and out/pilot.vtt.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
mvn -B -ntp -q -DskipTests package
mkdir -p out
exec bin/cutroom render test-media/example/pilot.cutroom.json --preset preview-540p -o out/pilot.mp4 "$@"
