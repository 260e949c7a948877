#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on loopback, and OFFICERDESK_TEST_PG set to
# its SQLAlchemy URL. The cluster lives in a temporary folder and is removed afterwards.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGBIN" ] || { echo "with-postgres: PostgreSQL is not installed (run scripts/system-deps.sh)" >&2; exit 1; }
DIR=$(mktemp -d /tmp/officerdesk-pg.XXXXXX)
PORT=${OFFICERDESK_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}
RUNAS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; RUNAS=(runuser -u postgres --); fi
cleanup() { "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT
"${RUNAS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U officerdesk --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
"${RUNAS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U officerdesk officerdesk
export OFFICERDESK_TEST_PG="postgresql+psycopg://officerdesk@127.0.0.1:$PORT/officerdesk"
echo "with-postgres: PostgreSQL on 127.0.0.1:$PORT"
"$@"
