#!/usr/bin/env bash
# Sets up the OfficerDesk HQ server on a Debian/Ubuntu host (docs/hq.md, "Deploying"):
#   1. the system user `officerdesk` and the data dir (hq-settings.toml with the audit key, releases.json)
#   2. a PostgreSQL role and database, with a generated password (kept in the environment file only)
#   3. the server in a virtualenv: PREFIX/venv/bin/officerdesk-hq
#   4. the environment file ETC/hq.env (mode 0640, root:officerdesk), kept if it exists
#   5. the database migrated and the audit chain opened, as the service user
#   6. the systemd unit, checked with systemd-analyze, enabled and started
# Run it again to upgrade: the same steps, each skipped or repeated safely.
#
# Usage (as root): installer/hq/deploy.sh [options]
#   --source PATH       what to install: this repository (default) or a wheel file
#   --python PATH       the Python (3.11+) of the venv (default /usr/bin/python3: the service user must
#                       be able to run it, which a Python under root's home is not)
#   --pip-args "ARGS"   extra pip arguments (e.g. "--no-index --find-links /srv/wheels" offline)
#   --host H --port P   where the server listens (default 127.0.0.1:8443, behind the TLS proxy)
#   --tls-cert F --tls-key F   serve TLS itself (needed for a non-loopback --host)
#   --pg "ARGS"         how to reach PostgreSQL as a superuser with psql (default: runuser -u postgres -- psql)
#   --pg-host H --pg-port P    where the server reaches PostgreSQL (default 127.0.0.1:5432)
#   --db-name N --db-role R    database and role (default officerdesk, officerdesk)
#   --prefix DIR --etc DIR --data DIR --unit-dir DIR   (default /opt/officerdesk, /etc/officerdesk,
#                       /var/lib/officerdesk-hq, /etc/systemd/system)
#   --no-systemctl      install and verify the unit but do not call systemctl (containers, image builds)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SOURCE=$REPO PIP_ARGS="" HOST=127.0.0.1 PORT=8443 TLS_CERT="" TLS_KEY=""
PG="runuser -u postgres -- psql" PG_HOST=127.0.0.1 PG_PORT=5432 DB_NAME=officerdesk DB_ROLE=officerdesk
PREFIX=/opt/officerdesk ETC=/etc/officerdesk DATA=/var/lib/officerdesk-hq UNIT_DIR=/etc/systemd/system
SYSTEMCTL=1 SERVICE_USER=officerdesk PYTHON=/usr/bin/python3
while [ $# -gt 0 ]; do
  case "$1" in
    --source) SOURCE=$2; shift 2 ;;          --pip-args) PIP_ARGS=$2; shift 2 ;;
    --python) PYTHON=$2; shift 2 ;;
    --host) HOST=$2; shift 2 ;;              --port) PORT=$2; shift 2 ;;
    --tls-cert) TLS_CERT=$2; shift 2 ;;      --tls-key) TLS_KEY=$2; shift 2 ;;
    --pg) PG=$2; shift 2 ;;                  --pg-host) PG_HOST=$2; shift 2 ;;
    --pg-port) PG_PORT=$2; shift 2 ;;        --db-name) DB_NAME=$2; shift 2 ;;
    --db-role) DB_ROLE=$2; shift 2 ;;        --prefix) PREFIX=$2; shift 2 ;;
    --etc) ETC=$2; shift 2 ;;                --data) DATA=$2; shift 2 ;;
    --unit-dir) UNIT_DIR=$2; shift 2 ;;      --no-systemctl) SYSTEMCTL=0; shift ;;
    *) echo "deploy: unknown option $1 (see the head of this script)" >&2; exit 2 ;;
  esac
done
say() { printf '\n== %s\n' "$*"; }
die() { echo "deploy: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root: it creates a system user and writes under $ETC and $PREFIX"
[[ "$DB_NAME$DB_ROLE" =~ ^[a-z_][a-z0-9_]*$ ]] || die "--db-name and --db-role are lower-case letters, digits and _"
if [ -n "$TLS_CERT$TLS_KEY" ]; then [ -r "$TLS_CERT" ] && [ -r "$TLS_KEY" ] || die "cannot read --tls-cert/--tls-key"
else case "$HOST" in 127.*|::1|localhost) ;; *) die "--host $HOST needs --tls-cert and --tls-key (or serve on 127.0.0.1 behind the proxy)";; esac; fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "$PYTHON is older than 3.11"

say "1. system user $SERVICE_USER and $DATA"
getent group "$SERVICE_USER" >/dev/null || groupadd --system "$SERVICE_USER"
id -u "$SERVICE_USER" >/dev/null 2>&1 || useradd --system --gid "$SERVICE_USER" --home-dir "$DATA" \
  --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
install -d -m 0750 -o "$SERVICE_USER" -g "$SERVICE_USER" "$DATA"
install -d -m 0750 -o root -g "$SERVICE_USER" "$ETC"

say "2. PostgreSQL role $DB_ROLE and database $DB_NAME"
ENV_FILE="$ETC/hq.env"
if [ -f "$ENV_FILE" ]; then
  echo "keeping $ENV_FILE and the password in it"
  DB_URL=$(sed -n 's/^OFFICERDESK_HQ_DB=//p' "$ENV_FILE")
else
  PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
  # the password reaches psql on stdin, never on a command line (ps) or in a log
  $PG -v ON_ERROR_STOP=1 -q <<SQL
SELECT 'CREATE ROLE $DB_ROLE LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_ROLE')\gexec
ALTER ROLE $DB_ROLE WITH LOGIN PASSWORD '$PASSWORD';
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_ROLE ENCODING ''UTF8'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DB_NAME')\gexec
REVOKE ALL ON DATABASE $DB_NAME FROM PUBLIC;
GRANT ALL ON DATABASE $DB_NAME TO $DB_ROLE;
SQL
  DB_URL="postgresql+psycopg://$DB_ROLE:$PASSWORD@$PG_HOST:$PG_PORT/$DB_NAME"
fi

say "3. the server in $PREFIX/venv"
[ -x "$PREFIX/venv/bin/python" ] || "$PYTHON" -m venv "$PREFIX/venv"
# shellcheck disable=SC2086 # PIP_ARGS is a list of arguments
"$PREFIX/venv/bin/python" -m pip install -q $PIP_ARGS --upgrade pip
if [ -d "$SOURCE" ]; then TARGET="$SOURCE[hq]"; else TARGET="officerdesk[hq] @ file://$(readlink -f "$SOURCE")"; fi
# shellcheck disable=SC2086
"$PREFIX/venv/bin/python" -m pip install -q $PIP_ARGS "$TARGET"
install -d "$PREFIX/docs" && cp "$REPO/docs/hq.md" "$PREFIX/docs/hq.md" 2>/dev/null || true
# the backup scripts beside the server, for cron; `hq` runs officerdesk-hq as the service user
# with the environment file, which every admin command needs
install -m 0755 "$HERE/backup.sh" "$HERE/restore.sh" "$HERE/pg-env.sh" "$PREFIX/"
cat > "$PREFIX/hq" <<WRAPPER
#!/bin/sh
# officerdesk-hq as the server runs it: its user, its environment file (made by deploy.sh)
exec runuser -u $SERVICE_USER -- env -i PATH=/usr/bin:/bin \$(grep -E '^[A-Z_][A-Z0-9_]*=' $ETC/hq.env) $PREFIX/venv/bin/officerdesk-hq "\$@"
WRAPPER
chmod 0750 "$PREFIX/hq"
"$PREFIX/venv/bin/officerdesk-hq" --version

say "4. $ENV_FILE"
if [ ! -f "$ENV_FILE" ]; then
  umask 027
  sed -e "s|^OFFICERDESK_HQ_DB=.*|OFFICERDESK_HQ_DB=$DB_URL|" \
      -e "s|^OFFICERDESK_HQ_DATA=.*|OFFICERDESK_HQ_DATA=$DATA|" \
      -e "s|^OFFICERDESK_HQ_HOST=.*|OFFICERDESK_HQ_HOST=$HOST|" \
      -e "s|^OFFICERDESK_HQ_PORT=.*|OFFICERDESK_HQ_PORT=$PORT|" \
      -e "s|^OFFICERDESK_HQ_TLS_CERT=.*|OFFICERDESK_HQ_TLS_CERT=$TLS_CERT|" \
      -e "s|^OFFICERDESK_HQ_TLS_KEY=.*|OFFICERDESK_HQ_TLS_KEY=$TLS_KEY|" \
      "$HERE/hq.env.example" > "$ENV_FILE"
  umask 022
fi
chown root:"$SERVICE_USER" "$ENV_FILE" && chmod 0640 "$ENV_FILE"

say "5. migrations and the audit key, as $SERVICE_USER"
# shellcheck disable=SC2046 # the env file is KEY=VALUE lines without spaces
runuser -u "$SERVICE_USER" -- env $(grep -E '^[A-Z_]+=' "$ENV_FILE" | xargs) \
  "$PREFIX/venv/bin/officerdesk-hq" admin migrate

say "6. the systemd unit"
UNIT="$UNIT_DIR/officerdesk-hq.service"
install -d "$UNIT_DIR"
# the paths chosen above
sed -e "s|/opt/officerdesk|$PREFIX|g" -e "s|/etc/officerdesk/hq.env|$ENV_FILE|" "$HERE/officerdesk-hq.service" > "$UNIT.part"
if [ "$DATA" != /var/lib/officerdesk-hq ]; then  # systemd's StateDirectory is under /var/lib only
  sed -i -e "s|^StateDirectory=.*|ReadWritePaths=$DATA|" -e "/^StateDirectoryMode=/d" "$UNIT.part"
fi
# without TLS of its own the server sits behind the proxy, where every laptop's connection comes
# from 127.0.0.1: the per-address connection cap would count them all as one (the proxy caps per client)
[ -n "$TLS_CERT" ] || sed -i 's| --tls-cert ${OFFICERDESK_HQ_TLS_CERT} --tls-key ${OFFICERDESK_HQ_TLS_KEY}| --max-per-address 0|' "$UNIT.part"
mv "$UNIT.part" "$UNIT" && chmod 0644 "$UNIT"
if command -v systemd-analyze >/dev/null; then
  # only the unit's own findings count; a machine without systemd running has no manager to ask
  findings=$(systemd-analyze verify "$UNIT" 2>&1 | grep -F "$(basename "$UNIT")" || true)
  [ -z "$findings" ] || die "systemd-analyze verify $UNIT: $findings"
  echo "systemd-analyze verify: $UNIT is valid"
fi
if [ "$SYSTEMCTL" = 1 ]; then
  systemctl daemon-reload
  systemctl enable --now officerdesk-hq
  systemctl --no-pager --lines=5 status officerdesk-hq || true
else
  echo "--no-systemctl: not started; start it with 'systemctl enable --now officerdesk-hq'"
fi

say "done. The administrator's first steps (docs/hq.md, \"First steps\"):"
HQ="sudo $PREFIX/hq"
cat <<NEXT
  - put the TLS proxy in front (installer/hq/Caddyfile or nginx-officerdesk.conf) unless --tls-cert was given
  - add posts and officers, then give each officer a one-time enrolment code:
      $HQ admin create-post WAS --name-en Washington --name-ko 워싱턴 --country US --tz America/New_York
      $HQ admin create-officer --post WAS --name "Kim Minsu"
      $HQ admin enroll-code --officer <id printed above>
  - copy $DATA/hq-settings.toml (the audit key) off this machine, apart from the backups
  - schedule $PREFIX/backup.sh (daily) and try $PREFIX/restore.sh once on a spare machine
  - publish installers and the minimum laptop version: $HQ releases publish|require …
NEXT
