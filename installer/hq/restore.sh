#!/usr/bin/env bash
# Restores the HQ database from a backup.sh dump, then starts a new epoch so every laptop sends
# what HQ lost and pulls again (officerdesk-hq admin reset-epoch; docs/sync.md, "Epochs").
# The server is stopped meanwhile. The audit key (hq-settings.toml) must be the one of the dump.
# Usage: installer/hq/restore.sh [--env FILE] [--venv DIR] [--no-systemctl] DUMP
set -euo pipefail
ENV_FILE=/etc/officerdesk/hq.env VENV=/opt/officerdesk/venv SYSTEMCTL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --env) ENV_FILE=$2; shift 2 ;; --venv) VENV=$2; shift 2 ;; --no-systemctl) SYSTEMCTL=0; shift ;;
    *) break ;;
  esac
done
DUMP=${1:?the .dump file from backup.sh}
. "$(dirname "$0")/pg-env.sh"
[ "$SYSTEMCTL" = 0 ] || systemctl stop officerdesk-hq
# --clean drops what the dump holds first: the database is the dump's afterwards, nothing else
pg_restore --clean --if-exists --no-owner --single-transaction --dbname "$PGDATABASE" "$DUMP"
echo "restore: new epoch $(hq admin reset-epoch)"
hq admin verify-audit
[ "$SYSTEMCTL" = 0 ] || systemctl start officerdesk-hq
echo "restore: done; laptops re-send what HQ lost at their next sync"
