#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite and the benchmarks: initdb into a new
# temporary folder, listening on 127.0.0.1 only, on a free port; stopped and deleted by `stop`.
#
#   pg-test-server.sh start STATE_DIR   writes STATE_DIR/port, STATE_DIR/pgpass, STATE_DIR/datadir
#   pg-test-server.sh stop  STATE_DIR   stops the server and deletes its folder
#
# PostgreSQL refuses to run as root; under root (CI) the server runs as the unprivileged
# `postgres` account created by the Debian package (or `nobody`), through runuser.
# The superuser is `odema_test`, password in STATE_DIR/pgpass (libpq reads it through PGPASSFILE).
set -euo pipefail
action=${1:?start|stop}
state=${2:?state folder}
mkdir -p "$state"
state=$(cd "$state" && pwd)

bindir=""
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/initdb" ] && bindir=$d
done
if [ -z "$bindir" ] && command -v initdb >/dev/null; then
  bindir=$(dirname "$(command -v initdb)")
fi
[ -n "$bindir" ] || { echo "PostgreSQL server binaries not found (Debian: apt install postgresql)" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id -u postgres >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  [ -f "$state/datadir" ] || return 0
  local data
  data=$(cat "$state/datadir")
  if [ -f "$data/postmaster.pid" ]; then
    # Immediate: nothing in it is worth a checkpoint, the folder is deleted next.
    as_server "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$(dirname "$data")"
  rm -f "$state/datadir" "$state/port"
}

case "$action" in
stop)
  stop_server
  ;;
start)
  stop_server # a server left by an interrupted run
  root=$(mktemp -d /tmp/odema-pg-XXXXXX)
  chmod 755 "$root"
  data=$root/data
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$root/pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id -u postgres >/dev/null 2>&1 || user=nobody
    chown "$user" "$root" "$root/pwfile"
  fi
  echo "$data" >"$state/datadir"
  as_server "$bindir/initdb" -D "$data" -U odema_test --pwfile="$root/pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$root/initdb.log" 2>&1 \
    || { cat "$root/initdb.log" >&2; exit 1; }
  rm -f "$root/pwfile"
  # Small, fast and local: no fsync (a test server holds nothing worth keeping).
  cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$root'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 128MB
CONF
  # Any port from a random start: the first that is free and binds.
  port=$((20000 + RANDOM % 30000))
  for attempt in $(seq 1 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      if as_server "$bindir/pg_ctl" -D "$data" -o "-p $port" -l "$root/server.log" -w -t 30 start >/dev/null 2>&1; then
        echo "$port" >"$state/port"
        umask 077
        printf '127.0.0.1:*:*:*:%s\n' "$password" >"$state/pgpass"
        exit 0
      fi
    fi
    port=$((port + 1 + RANDOM % 97))
  done
  cat "$root/server.log" >&2 || true
  echo "PostgreSQL test server did not start" >&2
  exit 1
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
