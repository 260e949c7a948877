# Sourced by backup.sh and restore.sh: reads the server's environment file ($ENV_FILE) into PAIRS
# and exports libpq's PG* variables from its OFFICERDESK_HQ_DB, so pg_dump and pg_restore reach
# the same database without the password on a command line (where `ps` would show it).
mapfile -t PAIRS < <(grep -E '^[A-Z_][A-Z0-9_]*=' "$ENV_FILE")
_db=$(printf '%s\n' "${PAIRS[@]}" | sed -n 's/^OFFICERDESK_HQ_DB=//p')
case "$_db" in postgresql*) ;; *) echo "$0: OFFICERDESK_HQ_DB in $ENV_FILE is not PostgreSQL" >&2; exit 1 ;; esac
eval "$(python3 - "$_db" <<'PY'
import shlex, sys
from urllib.parse import parse_qs, unquote, urlsplit
u = urlsplit(sys.argv[1])
host = u.hostname or parse_qs(u.query).get("host", ["/run/postgresql"])[0]
for name, value in (("PGHOST", host), ("PGPORT", str(u.port or 5432)), ("PGUSER", unquote(u.username or "")),
                    ("PGPASSWORD", unquote(u.password or "")), ("PGDATABASE", u.path.lstrip("/"))):
    print(f"export {name}={shlex.quote(value)}")
PY
)"
# the server's commands run as its user, so files they make (the audit key) stay the server's
HQ_USER=${HQ_USER:-officerdesk}
hq() { runuser -u "$HQ_USER" -- env -i PATH=/usr/bin:/bin "${PAIRS[@]}" "$VENV/bin/officerdesk-hq" "$@"; }
