#!/usr/bin/env bash
# Provisions a stock WildFly for HubEE: unpacks the distribution into <server-dir>, then applies
# the CLI scripts (apply.sh). Called by the build; a stamp of the inputs skips the work when
# nothing changed.
#
# usage: provision.sh <wildfly-dist.tar.gz> <server-dir> <h2|postgresql> <eclipselink.jar> <postgresql.jar>
set -euo pipefail
dist=$1 server=$2 db=$3 eclipselink_jar=$4 postgresql_jar=$5
here=$(cd "$(dirname "$0")" && pwd)

stamp=$( { echo "$dist $db"; cat "$0" "$here/apply.sh" "$here"/scripts/configure-*.cli; } | sha256sum | cut -d' ' -f1)
if [[ -f "$server/.hubee-provisioned" && "$(cat "$server/.hubee-provisioned")" == "$stamp" ]]; then
  echo "[provision] $server is up to date ($db)"
  exit 0
fi

echo "[provision] unpacking WildFly into $server"
rm -rf "$server" "$server.tmp"
mkdir -p "$server.tmp"
tar xzf "$dist" -C "$server.tmp" --strip-components=1
mv "$server.tmp" "$server"

bash "$here/apply.sh" "$server" "$db" "$eclipselink_jar" "$postgresql_jar"
echo "$stamp" > "$server/.hubee-provisioned"
echo "[provision] $server ready ($db)"
