#!/usr/bin/env bash
# Runs a command (the test suite) with HELPDESK_TEST_PG_URL pointing at a throwaway
# PostgreSQL server, so the hub's tests run against PostgreSQL as well as SQLite.
#
# - HELPDESK_TEST_PG_URL already set: use that server, start nothing.
# - No PostgreSQL binaries, running as root with apt-get: install Debian's `postgresql`.
# - Start a server in a temporary folder on a free loopback port, as the `postgres` user when
#   we are root (PostgreSQL refuses to run as root), and stop and remove it afterwards.
# - Anything failing on the way: say so and run the command without it; the PostgreSQL tests
#   then skip with a visible reason. Every step has a time limit, so nothing hangs.
set -uo pipefail

if [ -n "${HELPDESK_TEST_PG_URL:-}" ]; then
  exec "$@"
fi

find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
say() { echo "with-postgres: $*" >&2; }

bindir="$(find_bindir)"
if [ -z "$bindir" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "installing PostgreSQL for the hub's tests"
  export DEBIAN_FRONTEND=noninteractive
  if ! timeout 900 apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1; then
    timeout 300 apt-get update -qq >/dev/null 2>&1
    timeout 900 apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1
  fi
  bindir="$(find_bindir)"
fi

start_server() {
  [ -n "$bindir" ] || { say "no PostgreSQL found; its tests will be skipped"; return 1; }
  workdir="$(mktemp -d "${TMPDIR:-/tmp}/helpdesk-pg.XXXXXX")" || return 1
  run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { say "no postgres user to run the server as"; return 1; }
    chown postgres: "$workdir"
    run_as=(runuser -u postgres --)
  fi
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  timeout 120 "${run_as[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 \
    --no-sync >"$workdir/initdb.log" 2>&1 || { say "initdb failed (see $workdir/initdb.log)"; return 1; }
  # Throwaway data: no fsync, so the tests stay quick.
  timeout 60 "${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -t 30 \
    -o "-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null 2>&1 || { say "the server did not start (see $workdir/server.log)"; return 1; }
  export HELPDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_server() {
  if [ -n "${workdir:-}" ] && [ -d "$workdir/data" ]; then
    timeout 60 "${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate -w -t 30 stop \
      >/dev/null 2>&1
  fi
  [ -n "${workdir:-}" ] && rm -rf "$workdir"
}

workdir=""
run_as=()
trap stop_server EXIT
start_server || unset HELPDESK_TEST_PG_URL
"$@"
exit $?
