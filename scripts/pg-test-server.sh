#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests (design §7.2): Debian's server on 127.0.0.1:54329, its data
# and socket in /tmp/pos-pg, trust authentication, no durability (fsync off: tests only).
#
#   scripts/pg-test-server.sh        start it (or find it running) and print the line
#                                    POS_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres
#   scripts/pg-test-server.sh stop   stop it and delete its data
#
# Only that line goes to stdout (`export "$(scripts/pg-test-server.sh)"`); the rest to stderr.
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user.
set -euo pipefail

dir=/tmp/pos-pg
data=$dir/data
port=54329
url="postgres://postgres@127.0.0.1:$port/postgres"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/pg_ctl" ]; then
  echo "pg-test-server: no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

# Runs a PostgreSQL program as the user that owns the server.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() {
  [ -f "$data/PG_VERSION" ] && as_owner "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

if [ "${1:-start}" = stop ]; then
  if running; then as_owner "$pgbin/pg_ctl" -D "$data" -w -m fast stop >&2; fi
  rm -rf "$dir"
  exit 0
fi
if [ "${1:-start}" != start ]; then
  echo "usage: $0 [start|stop]" >&2
  exit 2
fi

if ! running; then
  if [ "$(id -u)" = 0 ]; then install -d -o postgres -m 700 "$dir"; else install -d -m 700 "$dir"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$pgbin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
  fi
  options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
  options="$options -c full_page_writes=off -c max_connections=200"
  if ! as_owner "$pgbin/pg_ctl" -D "$data" -w -t 60 -l "$dir/log" -o "$options" start >&2; then
    echo "pg-test-server: PostgreSQL did not start; its log:" >&2
    tail -n 30 "$dir/log" >&2 || true
    exit 1
  fi
fi
echo "POS_TEST_DATABASE_URL=$url"
