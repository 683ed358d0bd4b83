#!/usr/bin/env bash
# A local clamd for the demo and the integration tests, with a signature database of our own that
# only knows the EICAR test string: no signature download is possible on these machines, and the
# point is to prove that every upload goes through the antivirus. Production uses the ministry's
# clamd with freshclam's databases (README « Antivirus »).
#
# usage: clamd-local.sh start <work-dir> <port>   (returns once clamd answers PING; reuses a running one)
#        clamd-local.sh stop <work-dir>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
action=$1 dir=$2

ping_clamd() (
  exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
  printf 'zPING\0' >&3
  IFS= read -r -d '' -t 2 answer <&3 || true
  [[ $answer == PONG ]]
) 2>/dev/null

case "$action" in
  start)
    port=$3
    if ping_clamd "$port"; then echo "[clamd] already answering on 127.0.0.1:$port"; exit 0; fi
    clamd=$(command -v clamd || echo /usr/sbin/clamd)
    [[ -x "$clamd" ]] || { echo "[clamd] clamd not installed (apt-get install clamav-daemon)"; exit 1; }
    mkdir -p "$dir/db"
    cp "$here/hubee-test.ndb" "$dir/db/"
    cat > "$dir/clamd.conf" <<CONF
TCPSocket $port
TCPAddr 127.0.0.1
DatabaseDirectory $dir/db
PidFile $dir/clamd.pid
LogFile $dir/clamd.log
StreamMaxLength 100M
Foreground no
CONF
    "$clamd" --config-file="$dir/clamd.conf"
    for _ in $(seq 1 50); do ping_clamd "$port" && { echo "[clamd] answering on 127.0.0.1:$port (test signatures)"; exit 0; }; sleep 0.2; done
    echo "[clamd] no answer on 127.0.0.1:$port, see $dir/clamd.log"; exit 1
    ;;
  stop)
    if [[ -f "$dir/clamd.pid" ]]; then kill "$(cat "$dir/clamd.pid")" 2>/dev/null || true; rm -f "$dir/clamd.pid"; echo "[clamd] stopped"; fi
    ;;
  *) echo "usage: $0 start <work-dir> <port> | stop <work-dir>"; exit 2 ;;
esac
