#!/usr/bin/env bash
# Packs the desktop bundle (dist/officerdesk/, from installer/build-linux.sh) as a .deb:
#   /opt/officerdesk/            the bundle
#   /usr/bin/officerdesk         a link to it
#   /usr/share/applications/     the menu entry; /usr/share/icons/hicolor/ the icon
#   /usr/share/metainfo/         AppStream metadata (software centres)
# User data (~/.local/share/OfficerDesk) is never touched: removing the package keeps it.
# Usage: installer/linux/build-deb.sh [DIST]   (DIST defaults to dist)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIST=${1:-dist}
BUNDLE="$DIST/officerdesk"
[ -x "$BUNDLE/officerdesk" ] || { echo "build-deb: no bundle in $BUNDLE (run make installer first)" >&2; exit 1; }
VERSION=$("$BUNDLE/officerdesk" --version | awk '{print $2}')
ARCH=$(dpkg --print-architecture)
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
chmod 0755 "$ROOT"  # the package's "./" entry: mktemp's 0700 must never reach the system's /

mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/icons/hicolor/256x256/apps" \
  "$ROOT/usr/share/metainfo" "$ROOT/usr/share/doc/officerdesk"
cp -a "$BUNDLE" "$ROOT/opt/officerdesk"
ln -s /opt/officerdesk/officerdesk "$ROOT/usr/bin/officerdesk"
install -m 0644 installer/linux/officerdesk.desktop "$ROOT/usr/share/applications/officerdesk.desktop"
install -m 0644 resources/icons/officerdesk.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/officerdesk.svg"
install -m 0644 resources/icons/officerdesk.png "$ROOT/usr/share/icons/hicolor/256x256/apps/officerdesk.png"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%F)/" installer/linux/org.officerdesk.OfficerDesk.metainfo.xml \
  > "$ROOT/usr/share/metainfo/org.officerdesk.OfficerDesk.metainfo.xml"
printf 'OfficerDesk %s\nProprietary; bundled fonts keep their own licences (/opt/officerdesk/_internal/resources/fonts).\n' \
  "$VERSION" > "$ROOT/usr/share/doc/officerdesk/copyright"

# the libraries the bundle expects from the system (X11/Wayland, fonts, D-Bus for the keyring)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: officerdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: OfficerDesk <officerdesk@localhost>
Section: office
Priority: optional
Installed-Size: $(du -sk "$ROOT" | cut -f1)
Depends: libc6 (>= 2.31), libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libegl1, libgl1
Recommends: gnome-keyring | kwalletmanager
Suggests: libwayland-cursor0, libwayland-egl1
Homepage: https://localhost/officerdesk
Description: meeting notes, company requests and briefs for overseas IP officers
 Keeps an IP officer's records encrypted on the laptop (SQLCipher, key in the
 desktop keyring), works offline and syncs with the headquarters server.
CONTROL
# refresh the menu and icon caches where the tools exist; nothing else (user data is the user's)
cat > "$ROOT/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
SCRIPT
cp "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"
sed -i 's/if \[ "\$1" = configure \]; then/if [ "$1" = remove ] || [ "$1" = purge ]; then/' "$ROOT/DEBIAN/postrm"
chmod 0755 "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"

OUT="$DIST/officerdesk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$OUT" >/dev/null
echo "deb: $OUT ($(du -sm "$OUT" | cut -f1) MB)"
