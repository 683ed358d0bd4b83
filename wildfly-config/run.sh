#!/usr/bin/env bash
# Starts the provisioned server in the foreground with the given EAR and the demo data.
# usage: run.sh <server-dir> <hubee.ear>     (Ctrl+C stops the server)
set -euo pipefail
server=$1 ear=$2
rm -f "$server"/standalone/deployments/hubee.ear*
cp "$ear" "$server/standalone/deployments/hubee.ear"
# The demo's H2 database and mail folder hold personal data (fictitious, but as real ones would):
# readable by the server's user only, files created from now on and those of earlier runs.
umask 077
mkdir -p "$server/standalone/data/hubee"
chmod -R go-rwx "$server/standalone/data" "$server/standalone/log" 2>/dev/null || true
# The antivirus: the ministry's clamd when HUBEE_CLAMAV_HOST names one; else a local clamd with
# the EICAR test signature when the package is installed (it keeps running after Ctrl+C and is
# reused next time); else no scan, said loudly.
if [[ -z "${HUBEE_CLAMAV_HOST:-}" && "${HUBEE_CLAMAV:-on}" != off ]]; then
  if bash "$(dirname "$0")/clamav/clamd-local.sh" start "$server/standalone/data/clamd" 13310; then
    export HUBEE_CLAMAV_PORT=13310
  else
    echo "[run] WARNING: no clamd here: the demo stores uploads WITHOUT a malware scan (apt-get install clamav-daemon)"
    export HUBEE_CLAMAV=off
  fi
fi
echo "[run] HubEE on $server ($(cat "$server/.hubee-db")) - the portal URL and demo logins are printed once deployed"
exec "$server/bin/standalone.sh" -Dhubee.demo=true "${@:3}"
