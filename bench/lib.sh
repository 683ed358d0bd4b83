# Shared by the bench/ scripts: the bench database, the bench server and their helpers.
# Everything lives under bench/target (server copy, logs); the database is $BENCH_DB on the
# local PostgreSQL (127.0.0.1:5432, trust auth, as on the CI machines).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
TARGET="$BENCH/target"
SERVER="$TARGET/wildfly"
BENCH_DB=${BENCH_DB:-hubee_bench}
BENCH_ORGS=${BENCH_ORGS:-10000}
BENCH_DOSSIERS=${BENCH_DOSSIERS:-1000000}
PORT_OFFSET=200
BASE="http://localhost:$((8080 + PORT_OFFSET))/hubee"
PASSWORD='HubEE-bench-2026!'
API_SECRET='HubEE-bench-api-2026'
PG_LOG=${PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)}
mkdir -p "$TARGET"

psql_bench() { psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }
psql_value() { psql_bench -At -c "$1"; }
tool() { java "$BENCH/tools/Bench.java" "$@"; }
say() { echo "[bench] $*" >&2; }

server_pid() { cat "$TARGET/server.pid" 2>/dev/null || true; }
server_running() { local pid; pid=$(server_pid); [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }

ensure_postgres() {
  if ! pg_isready -h 127.0.0.1 -q; then
    say "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  fi
  if [[ -z "$(psql -h 127.0.0.1 -U postgres -X -At -c "select 1 from pg_database where datname = '$BENCH_DB'")" ]]; then
    psql -h 127.0.0.1 -U postgres -X -q -c "create database $BENCH_DB"
  fi
}

# The application and a PostgreSQL-configured WildFly come from the normal build.
ensure_build() {
  if [[ ! -f "$ROOT/hubee-ear/target/hubee.ear" || ! -f "$ROOT/hubee-it/target/wildfly/.hubee-provisioned" ]]; then
    say "building HubEE (./mvnw install -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q install -DskipTests)
  fi
}

ensure_server() {
  if server_running; then
    return
  fi
  ensure_build
  if [[ ! -f "$SERVER/.hubee-provisioned" ]] || ! cmp -s "$SERVER/.hubee-provisioned" "$ROOT/hubee-it/target/wildfly/.hubee-provisioned"; then
    rm -rf "$SERVER"
    cp -a "$ROOT/hubee-it/target/wildfly" "$SERVER"
    rm -rf "$SERVER/standalone/data" "$SERVER/standalone/tmp" "$SERVER/standalone/log"
  fi
  rm -f "$SERVER"/standalone/deployments/hubee.ear*
  cp "$ROOT/hubee-ear/target/hubee.ear" "$SERVER/standalone/deployments/"
  say "starting the bench server on $BASE (log: $TARGET/server.log)"
  # Stock sizing of standalone.conf (-Xmx512m); jobs run only when a benchmark makes them due.
  nohup "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$PORT_OFFSET \
    -Dhubee.db.url="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" -Dhubee.db.user=postgres -Dhubee.db.password=bench \
    -Dhubee.smtp.port=2599 > "$TARGET/server.log" 2>&1 &
  sleep 2
  pgrep -f "jboss-modules.*$SERVER" | head -1 > "$TARGET/server.pid"
  for _ in $(seq 1 180); do
    [[ -f "$SERVER/standalone/deployments/hubee.ear.deployed" ]] && { say "server ready"; return; }
    [[ -f "$SERVER/standalone/deployments/hubee.ear.failed" ]] && { say "deployment failed, see $TARGET/server.log"; exit 1; }
    sleep 1
  done
  say "server not ready after 180 s"; exit 1
}

stop_server() {
  if server_running; then
    kill "$(server_pid)"
    while server_running; do sleep 1; done
  fi
  rm -f "$TARGET/server.pid"
}

ensure_data() {
  local dossiers
  dossiers=$(psql_value "select count(*) from dossier")
  if [[ "$dossiers" -ge "$BENCH_DOSSIERS" ]]; then
    return
  fi
  if [[ "$dossiers" -gt 0 ]]; then
    say "$BENCH_DB holds $dossiers dossiers, not $BENCH_DOSSIERS: run bench/setup --fresh"; exit 1
  fi
  say "generating $BENCH_ORGS organisations and $BENCH_DOSSIERS dossiers in $BENCH_DB"
  local started=$SECONDS
  psql_bench -v orgs="$BENCH_ORGS" -v dossiers="$BENCH_DOSSIERS" -v password_hash="$(tool hash "$PASSWORD")" \
    -v api_secret_hash="$(printf '%s' "$API_SECRET" | sha256sum | cut -d' ' -f1)" -f "$BENCH/generate.sql" > "$TARGET/generate.log"
  say "generated in $((SECONDS - started)) s: $(psql_value "select (select count(*) from organization) || ' organisations, ' || (select count(*) from app_user) || ' users, ' || (select count(*) from subscription) || ' subscriptions, ' || (select count(*) from dossier) || ' dossiers, ' || (select count(*) from event) || ' events, ' || (select count(*) from attachment) || ' attachments'")"
}

ready() { ensure_postgres; ensure_server; ensure_data; }

# Statements logged by PostgreSQL while "$@" runs (log_statement=all for the whole cluster,
# restored afterwards): writes them to $TARGET/$name.sql.log.
with_statement_log() {
  local name=$1; shift
  [[ -r "$PG_LOG" ]] || { say "PostgreSQL log not readable ($PG_LOG): set PG_LOG"; exit 1; }
  local from; from=$(($(stat -c %s "$PG_LOG") + 1))
  psql -h 127.0.0.1 -U postgres -X -q -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" > /dev/null
  sleep 0.5
  "$@"
  sleep 0.5
  psql -h 127.0.0.1 -U postgres -X -q -c "alter system reset log_statement" -c "select pg_reload_conf()" > /dev/null
  tail -c +"$from" "$PG_LOG" | grep "@$BENCH_DB " > "$TARGET/$name.sql.log" || true
}
