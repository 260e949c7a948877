#!/usr/bin/env bash
# `make installer-test`: installs the .deb with apt-get, runs the installed app's self-test from
# /usr/bin outside any virtualenv, removes the package and checks that it left the user's data
# and nothing of its own. Needs root (or sudo) on a Debian/Ubuntu machine; changes the system.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIST=${1:-dist}
DEB=$(readlink -f "$(ls -t "$DIST"/officerdesk_*.deb | head -n 1)")
SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
run() {  # as an officer would: a clean environment, the installed command, a plain-file keyring
  env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_DATA_HOME="$HOME_DIR/.local/share" PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring "$@"
}

"${SUDO[@]}" apt-get install -y -q "$DEB" >/dev/null
[ "$(readlink -f /usr/bin/officerdesk)" = /opt/officerdesk/officerdesk ]
for f in /usr/share/applications/officerdesk.desktop /usr/share/icons/hicolor/scalable/apps/officerdesk.svg \
         /usr/share/metainfo/org.officerdesk.OfficerDesk.metainfo.xml; do
  [ -f "$f" ] || { echo "test-deb: $f is missing" >&2; exit 1; }
done
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.officerdesk.OfficerDesk.metainfo.xml >/dev/null \
    || appstreamcli validate --no-net /usr/share/metainfo/org.officerdesk.OfficerDesk.metainfo.xml
fi
run officerdesk --version
run officerdesk self-test
# the officer's data: a profile made by the installed app, which must outlive the package
run officerdesk seed --records 20 >/dev/null
DATA="$HOME_DIR/.local/share/OfficerDesk"
[ -d "$DATA" ] || { echo "test-deb: the app wrote no profile in $DATA" >&2; exit 1; }
before=$(find "$DATA" -type f | sort | xargs sha256sum)

"${SUDO[@]}" apt-get remove -y -q officerdesk >/dev/null
for f in /opt/officerdesk /usr/bin/officerdesk /usr/share/applications/officerdesk.desktop; do
  [ ! -e "$f" ] || { echo "test-deb: $f is left after removal" >&2; exit 1; }
done
[ "$(find "$DATA" -type f | sort | xargs sha256sum)" = "$before" ] || { echo "test-deb: removal changed user data" >&2; exit 1; }
echo "installer-test: $DEB installs, passes its self-test from /usr/bin, and uninstalls keeping user data"
