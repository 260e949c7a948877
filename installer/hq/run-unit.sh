#!/usr/bin/env bash
# Starts the HQ server the way its systemd unit would, on a machine where systemd is not running
# (a container, a test): the unit's EnvironmentFile, User and ExecStart, nothing else.
# Usage: installer/hq/run-unit.sh /etc/systemd/system/officerdesk-hq.service   (runs in the foreground)
set -euo pipefail
UNIT=${1:?the unit file}
value() { sed -n "s/^$1=//p" "$UNIT" | tail -n 1; }
ENV_FILE=$(value EnvironmentFile); USER_NAME=$(value User); EXEC=$(value ExecStart)
[ -r "$ENV_FILE" ] || { echo "run-unit: cannot read $ENV_FILE" >&2; exit 1; }
mapfile -t PAIRS < <(grep -E '^[A-Z_][A-Z0-9_]*=' "$ENV_FILE")
# systemd's ${VAR} expansion in ExecStart, from the environment file only; each word stays one argument
read -r -a WORDS <<< "$EXEC"
ARGS=()
for word in "${WORDS[@]}"; do
  while [[ "$word" =~ \$\{([A-Z_][A-Z0-9_]*)\} ]]; do
    name=${BASH_REMATCH[1]} found=""
    for pair in "${PAIRS[@]}"; do [ "${pair%%=*}" = "$name" ] && found=${pair#*=}; done
    word=${word//\$\{$name\}/$found}
  done
  ARGS+=("$word")
done
exec runuser -u "$USER_NAME" -- env -i PATH=/usr/bin:/bin "${PAIRS[@]}" "${ARGS[@]}"
