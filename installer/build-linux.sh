#!/usr/bin/env bash
# Builds the desktop bundle into dist/officerdesk/, packs it as a tarball, and runs its self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
# With no desktop keyring here the self-test below must name a plain-file keyring, so the bundle
# carries keyrings.alt (still used only when named: secrets.py never lets discovery pick it).
# Set OFFICERDESK_BUNDLE_FILE_KEYRINGS=0 to build without it anyway (the self-test then needs a keyring).
if [ -z "${PYTHON_KEYRING_BACKEND:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  export OFFICERDESK_BUNDLE_FILE_KEYRINGS=${OFFICERDESK_BUNDLE_FILE_KEYRINGS:-1}
fi
"$PY" -m pip install -q -e '.[installer]'
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/officerdesk.spec
VERSION=$("$PY" -c 'import officerdesk; print(officerdesk.__version__)')
tar -C dist -czf "dist/officerdesk-$VERSION-linux-$(uname -m).tar.gz" officerdesk
echo "bundle: dist/officerdesk/ and dist/officerdesk-$VERSION-linux-$(uname -m).tar.gz"
# The self-test uses a throw-away profile; name a keyring backend when no desktop keyring runs.
if [ -z "${PYTHON_KEYRING_BACKEND:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  export PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring
  export XDG_DATA_HOME; XDG_DATA_HOME=$(mktemp -d)
fi
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} dist/officerdesk/officerdesk self-test
