#!/usr/bin/env bash
# Refresh the Korean and English translation sources from every visible string in officerdesk/ui
# and compile them. Existing translations are kept; new strings arrive unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
OUT=resources/translations
mapfile -t SOURCES < <(find officerdesk/ui officerdesk/commands/desktop.py -name '*.py' | sort)
for lang in ko en; do
  "$BIN/pyside6-lupdate" -silent -locations none -source-language en -target-language "$lang" \
    "${SOURCES[@]}" -ts "$OUT/officerdesk_$lang.ts"
  "$BIN/pyside6-lrelease" -silent "$OUT/officerdesk_$lang.ts" -qm "$OUT/officerdesk_$lang.qm"
done
echo "updated $OUT/officerdesk_{ko,en}.ts and .qm"
