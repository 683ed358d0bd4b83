#!/usr/bin/env bash
# Provisions the integration-test server with the CLI scripts of wildfly-config, on PostgreSQL
# when it answers on 127.0.0.1:5432 (CI starts it), otherwise on the embedded H2.
# HUBEE_IT_DB=postgresql|h2 forces the choice.
set -euo pipefail
provision=$1 dist=$2 server=$3 eclipselink=$4 postgresql=$5
db=${HUBEE_IT_DB:-}
if [[ -z "$db" ]]; then
  if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then db=postgresql; else db=h2; fi
fi
echo "[it] integration tests on $db"
bash "$provision" "$dist" "$server" "$db" "$eclipselink" "$postgresql"
