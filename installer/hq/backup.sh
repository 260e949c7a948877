#!/usr/bin/env bash
# A backup of the HQ database (pg_dump, custom format) and of releases.json, into DIR
# (default /var/backups/officerdesk-hq), plus the audit chain's head to keep OFF this machine.
# The audit key (hq-settings.toml) is deliberately not in it: keep that apart (docs/hq.md).
# Usage: installer/hq/backup.sh [--env /etc/officerdesk/hq.env] [--venv /opt/officerdesk/venv] [DIR]
# Daily from cron or a systemd timer, e.g.  15 2 * * * root /opt/officerdesk/backup.sh
set -euo pipefail
ENV_FILE=/etc/officerdesk/hq.env VENV=/opt/officerdesk/venv
while [ $# -gt 0 ]; do
  case "$1" in --env) ENV_FILE=$2; shift 2 ;; --venv) VENV=$2; shift 2 ;; *) break ;; esac
done
DIR=${1:-/var/backups/officerdesk-hq}
. "$(dirname "$0")/pg-env.sh"
DATA=$(printf '%s\n' "${PAIRS[@]}" | sed -n 's/^OFFICERDESK_HQ_DATA=//p')
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
umask 077  # the dump holds every post's records
mkdir -p "$DIR"
pg_dump --format=custom --no-owner --file "$DIR/officerdesk-hq-$STAMP.dump"
[ ! -f "$DATA/releases.json" ] || cp "$DATA/releases.json" "$DIR/releases-$STAMP.json"
HEAD=$(hq admin audit-head)
echo "$HEAD" > "$DIR/audit-head-$STAMP.txt"
echo "backup: $DIR/officerdesk-hq-$STAMP.dump"
echo "audit head (keep it off this machine; verify-audit --head checks a restore against it): $HEAD"
