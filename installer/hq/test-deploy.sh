#!/usr/bin/env bash
# `make hq-deploy-test`: the HQ deployment end to end on loopback, in a sandbox folder, as root.
# A throw-away PostgreSQL (scripts/with-postgres.sh) stands in for the distribution's; deploy.sh
# sets up the role, database, venv, environment file and unit (--no-systemctl: no systemd here);
# run-unit.sh starts the server the way the unit would; a laptop profile enrols, seeds and syncs
# through it; backup.sh and restore.sh round-trip the database (the laptop re-syncs after the new
# epoch); a raised minimum version stops the laptop's sync with the update message.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${OFFICERDESK_TEST_PG:-}" ]; then exec bash scripts/with-postgres.sh bash "$0" "$@"; fi
[ "$(id -u)" = 0 ] || { echo "test-deploy: run as root (it creates the officerdesk system user)" >&2; exit 1; }
LAPTOP_PY=${LAPTOP_PY:-.venv/bin/python}
PG_PORT=$(python3 -c 'import sys; from urllib.parse import urlsplit; print(urlsplit(sys.argv[1]).port)' "$OFFICERDESK_TEST_PG")
HQ_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
S=$(mktemp -d /tmp/officerdesk-deploy.XXXXXX)
chmod 0755 "$S"
SERVER=""
cleanup() { [ -z "$SERVER" ] || kill "$SERVER" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$S"; }
trap cleanup EXIT

bash installer/hq/deploy.sh --no-systemctl --pg "psql postgresql://officerdesk@127.0.0.1:$PG_PORT/postgres" \
  --pg-port "$PG_PORT" --db-name odhq --db-role odhq --port "$HQ_PORT" --pip-args "${PIP_ARGS:-}" \
  --prefix "$S/opt" --etc "$S/etc" --data "$S/var" --unit-dir "$S/systemd"
UNIT="$S/systemd/officerdesk-hq.service" ENV_FILE="$S/etc/hq.env" VENV="$S/opt/venv"
[ "$(stat -c '%a %U:%G' "$ENV_FILE")" = "640 root:officerdesk" ] || { echo "test-deploy: $ENV_FILE is not 0640 root:officerdesk" >&2; exit 1; }
. installer/hq/pg-env.sh

# the server's venv holds officerdesk[hq] only: not one package of the desktop extra, and the
# laptop's command there says so in one line
if "$VENV/bin/python" -c 'import PySide6' 2>/dev/null; then echo "test-deploy: PySide6 is in the HQ venv" >&2; exit 1; fi
"$VENV/bin/python" -c 'import sys
from officerdesk import installation as i
wanted, absent = i.requirements(i.DESKTOP), i.missing(i.DESKTOP)
sys.exit(f"test-deploy: the HQ venv has desktop packages: {sorted(set(wanted or []) - set(absent or []))}"
         if not wanted or absent != wanted else None)'
echo "test-deploy: the HQ venv has none of the desktop extra's packages"
if "$VENV/bin/officerdesk" 2>"$S/no-desktop.txt"; then echo "test-deploy: officerdesk ran without the desktop extra" >&2; exit 1; fi
grep -q "install officerdesk\[desktop\]" "$S/no-desktop.txt" && ! grep -q Traceback "$S/no-desktop.txt" \
  || { cat "$S/no-desktop.txt" >&2; exit 1; }

start_server() {
  bash installer/hq/run-unit.sh "$UNIT" >>"$S/hq.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$HQ_PORT/v1/meta" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 1
  done
  cat "$S/hq.log" >&2; echo "test-deploy: the server did not come up" >&2; exit 1
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }
laptop() {
  env PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring XDG_DATA_HOME="$S/laptop-data" \
    "$LAPTOP_PY" -m officerdesk "$1" --profile "$S/laptop" "${@:2}"
}

start_server
"$S/opt/hq" admin create-post WAS --name-en Washington --name-ko 워싱턴 --country US --tz America/New_York >/dev/null
OFFICER=$("$S/opt/hq" admin create-officer --post WAS --name "Kim Minsu")
CODE=$("$S/opt/hq" admin enroll-code --officer "$OFFICER" | tail -n 1 | awk '{print $NF}')
laptop enroll --hq "http://127.0.0.1:$HQ_PORT" --code "$CODE"
laptop seed --records 30 >/dev/null
pushed=$(laptop sync --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["pushed"])')
[ "$pushed" -gt 0 ] || { echo "test-deploy: the laptop pushed nothing" >&2; exit 1; }
echo "test-deploy: the laptop enrolled and pushed $pushed changes through the deployed server"

bash installer/hq/backup.sh --env "$ENV_FILE" --venv "$VENV" "$S/backups"
stop_server
bash installer/hq/restore.sh --no-systemctl --env "$ENV_FILE" --venv "$VENV" "$(ls "$S"/backups/*.dump)"
start_server
laptop sync --json >/dev/null
echo "test-deploy: restored from the backup; the laptop synced in the new epoch"

"$S/opt/hq" releases require 99.0.0 >/dev/null
if laptop sync 2>"$S/refused.txt"; then echo "test-deploy: an old laptop was not refused" >&2; exit 1; fi
grep -q "Update OfficerDesk to 99.0.0" "$S/refused.txt" || { cat "$S/refused.txt" >&2; exit 1; }
echo "test-deploy: a laptop below the minimum is refused with: $(head -c 200 "$S/refused.txt")"
echo "test-deploy: ok"
