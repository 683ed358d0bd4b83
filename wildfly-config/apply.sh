#!/usr/bin/env bash
# Applies HubEE's CLI scripts to a stopped WildFly, in one embedded (offline) CLI session: what
# the build does to the servers it provisions, and what a ministry runs on its own server.
#
# usage: apply.sh <JBOSS_HOME> <h2|postgresql> <eclipselink-4.0.9.jar> <postgresql.jar>
set -euo pipefail
server=$1 db=$2 eclipselink_jar=$3 postgresql_jar=$4
here=$(cd "$(dirname "$0")" && pwd)

jipijapa_jar=$(ls "$server"/modules/system/layers/base/org/eclipse/persistence/main/jipijapa-eclipselink-*.jar)
props="$server/hubee-cli.properties"
cat > "$props" <<PROPS
hubee.eclipselink.jar=$eclipselink_jar
hubee.jipijapa.jar=$jipijapa_jar
hubee.postgresql.jar=$postgresql_jar
PROPS

session="$server/hubee-configure.cli"
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  for s in configure-eclipselink configure-postgresql-driver "configure-datasource-$db" \
           configure-timers configure-mail configure-security configure-headers configure-clamav; do
    echo "# --- $s.cli"; cat "$here/scripts/$s.cli"; echo
  done
  echo "stop-embedded-server"
} > "$session"

echo "[configure] applying HubEE's CLI scripts to $server ($db)"
JAVA_OPTS="${JAVA_OPTS:-} -Djboss.server.log.dir=$server/standalone/log" \
  "$server/bin/jboss-cli.sh" --properties="$props" --file="$session" --error-on-interact
echo "$db" > "$server/.hubee-db"
