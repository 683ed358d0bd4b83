#!/usr/bin/env bash
# Provisions a stock WildFly for HubEE: unpacks the distribution, then applies the CLI scripts of
# scripts/ in one embedded (offline) CLI session. Called by the build; idempotent (a stamp of the
# inputs skips the work when nothing changed).
#
# usage: provision.sh <wildfly-dist.tar.gz> <server-dir> <h2|postgresql> <eclipselink.jar> <postgresql.jar>
set -euo pipefail
dist=$1 server=$2 db=$3 eclipselink_jar=$4 postgresql_jar=$5
here=$(cd "$(dirname "$0")" && pwd)
scripts=(configure-eclipselink.cli configure-postgresql-driver.cli "configure-datasource-$db.cli"
         configure-mail.cli configure-security.cli configure-headers.cli)

stamp=$( { echo "$dist $db"; cat "$0"; for s in "${scripts[@]}"; do cat "$here/scripts/$s"; done; } | sha256sum | cut -d' ' -f1)
if [[ -f "$server/.hubee-provisioned" && "$(cat "$server/.hubee-provisioned")" == "$stamp" ]]; then
  echo "[provision] $server is up to date ($db)"
  exit 0
fi

echo "[provision] unpacking WildFly into $server"
rm -rf "$server" "$server.tmp"
mkdir -p "$server.tmp"
tar xzf "$dist" -C "$server.tmp" --strip-components=1
mv "$server.tmp" "$server"

jipijapa_jar=$(ls "$server"/modules/system/layers/base/org/eclipse/persistence/main/jipijapa-eclipselink-*.jar)
props="$server/hubee-cli.properties"
cat > "$props" <<PROPS
hubee.eclipselink.jar=$eclipselink_jar
hubee.jipijapa.jar=$jipijapa_jar
hubee.postgresql.jar=$postgresql_jar
PROPS

session="$server/hubee-provision.cli"
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  for s in "${scripts[@]}"; do echo "# --- $s"; cat "$here/scripts/$s"; echo; done
  echo "stop-embedded-server"
} > "$session"

echo "[provision] applying ${scripts[*]}"
JAVA_OPTS="${JAVA_OPTS:-} -Djboss.server.log.dir=$server/standalone/log" \
  "$server/bin/jboss-cli.sh" --properties="$props" --file="$session" --error-on-interact
echo "$db" > "$server/.hubee-db"
echo "$stamp" > "$server/.hubee-provisioned"
echo "[provision] $server ready ($db)"
