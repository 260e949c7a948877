#!/usr/bin/env bash
# Builds the desktop bundle into dist/officerdesk/, packs it as a tarball, and runs the bundled
# self-test outside any virtualenv (a clean environment: no PYTHONPATH, no VIRTUAL_ENV, system PATH).
# Then `installer/linux/build-deb.sh` packs the same folder as a .deb (make installer-test).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
"$PY" -c 'import PyInstaller' 2>/dev/null || { echo "build-linux: PyInstaller is missing (pip install -e '.[desktop,installer]')" >&2; exit 1; }
# With no desktop keyring here the self-test below must name a plain-file keyring, so the bundle
# carries keyrings.alt (still used only when named: secrets.py never lets discovery pick it).
# Set OFFICERDESK_BUNDLE_FILE_KEYRINGS=0 to build without it anyway (the self-test then needs a keyring).
if [ -z "${PYTHON_KEYRING_BACKEND:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  export OFFICERDESK_BUNDLE_FILE_KEYRINGS=${OFFICERDESK_BUNDLE_FILE_KEYRINGS:-1}
fi
DIST=${DIST:-dist}
started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath build/pyinstaller installer/officerdesk.spec
built=$(date +%s)
VERSION=$("$PY" -c 'import officerdesk; print(officerdesk.__version__)')
TARBALL="$DIST/officerdesk-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$TARBALL" officerdesk
echo "bundle: $DIST/officerdesk/ ($(du -sm "$DIST/officerdesk" | cut -f1) MB unpacked, built in $((built - started)) s) and $TARBALL ($(du -sm "$TARBALL" | cut -f1) MB)"

# The self-test uses a throw-away profile; name a keyring backend when no desktop keyring runs.
# The bundled Qt libraries must all resolve inside the bundle or on a stock desktop.
missing=$(find "$DIST/officerdesk/_internal" -name '*.so*' -type f -print0 \
  | LD_LIBRARY_PATH="$DIST/officerdesk/_internal" xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u || true)
[ -z "$missing" ] || echo "bundle: libraries expected from the system: $missing" >&2
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$HOME" "LANG=C.UTF-8" "QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}")
if [ -z "${PYTHON_KEYRING_BACKEND:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  clean_env+=("PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring" "XDG_DATA_HOME=$(mktemp -d)")
else
  clean_env+=("PYTHON_KEYRING_BACKEND=${PYTHON_KEYRING_BACKEND:-}" "DBUS_SESSION_BUS_ADDRESS=${DBUS_SESSION_BUS_ADDRESS:-}")
fi
"${clean_env[@]}" "$DIST/officerdesk/officerdesk" --version
"${clean_env[@]}" "$DIST/officerdesk/officerdesk" self-test
