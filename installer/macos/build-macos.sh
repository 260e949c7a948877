#!/usr/bin/env bash
# Builds OfficerDesk.app and a .dmg on macOS, signed and notarised when asked
# (installer/README.md, "macOS"). Run from the repository root in a Python 3.11+ venv.
#   installer/macos/build-macos.sh                         unsigned (for testing)
#   SIGN_IDENTITY="Developer ID Application: … (TEAMID)" NOTARY_PROFILE=officerdesk installer/macos/build-macos.sh
# NOTARY_PROFILE is a keychain profile made once with
#   xcrun notarytool store-credentials officerdesk --apple-id … --team-id … --password <app-specific password>
set -euo pipefail
cd "$(dirname "$0")/../.."
python -m pip install -q -e '.[desktop,installer]'
# the .icns from the one SVG-rendered PNG (scripts/make-icons.py)
ICONSET=$(mktemp -d)/officerdesk.iconset; mkdir -p "$ICONSET"
for size in 16 32 128 256; do
  sips -z $size $size resources/icons/officerdesk.png --out "$ICONSET/icon_${size}x${size}.png" >/dev/null
  sips -z $((size * 2)) $((size * 2)) resources/icons/officerdesk.png --out "$ICONSET/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o resources/icons/officerdesk.icns
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/officerdesk.spec
VERSION=$(python -c 'import officerdesk; print(officerdesk.__version__)')
APP=dist/OfficerDesk.app
env -i PATH=/usr/bin:/bin HOME="$HOME" "$APP/Contents/MacOS/officerdesk" self-test

if [ -n "${SIGN_IDENTITY:-}" ]; then
  # hardened runtime (required for notarisation); every nested library is signed by --deep
  codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi
DMG="dist/OfficerDesk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "OfficerDesk $VERSION" -srcfolder "$APP" -ov -format UDZO "$DMG"
if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --sign "$SIGN_IDENTITY" --timestamp "$DMG"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
  fi
fi
shasum -a 256 "$DMG"
