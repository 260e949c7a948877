#!/usr/bin/env bash
# Installs the system packages the test suite needs on Debian, when run as root and any is missing:
# Qt's runtime libraries, Xvfb, poppler (pdftoppm), PostgreSQL. Elsewhere it only reports.
set -euo pipefail
PKGS=(xvfb xauth poppler-utils postgresql libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0
      libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0)
command -v dpkg-query >/dev/null || { echo "system-deps: not Debian; install ${PKGS[*]} yourself"; exit 0; }
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "system-deps: missing ${missing[*]}; install them (sudo apt-get install ...)" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
