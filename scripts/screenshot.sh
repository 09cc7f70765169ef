#!/usr/bin/env bash
# Opens the editor on the example episode in a real window under Xvfb (not the headless Monocle of
# the other UI tests) and writes target/screenshots/editor.png, and the render panel to
# target/screenshots/render-panel.png and render-panel-done.png: look at them after changing the UI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh xvfb xauth libgtk-3-0
exec xvfb-run -a -s "-screen 0 1600x1000x24" \
  mvn -B -ntp -q test -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false "$@"
