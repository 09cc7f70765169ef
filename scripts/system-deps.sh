#!/usr/bin/env bash
# Installs the few system packages Cutroom needs on Debian/Ubuntu when they are missing:
# libpulse0 (the bundled FFmpeg's natives link it), fonts-wqy-microhei (a font that draws Latin
# and Chinese text for burned-in subtitles, cards and slates). Elsewhere it only checks.
set -euo pipefail
command -v dpkg >/dev/null 2>&1 || exit 0
missing=()
for pkg in libpulse0 fonts-wqy-microhei "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing system packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "please install: ${missing[*]} (apt-get install -y ${missing[*]})" >&2; exit 1
fi
$sudo apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
