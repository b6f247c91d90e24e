#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's package) on 127.0.0.1:55432 for the tests and exports
# MORD_TEST_DATABASE_URL; stops it when the calling script exits. Sourced by test.sh.
start_test_postgres() {
  local port=55432
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    if [ "$(id -u)" != "0" ]; then
      echo "PostgreSQL is needed for the PostgreSQL storage tests: install Debian's 'postgresql' package (as root), or set MORD_TEST_DATABASE_URL." >&2
      return 1
    fi
    echo "Installing PostgreSQL from Debian…"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  MORD_PGDATA=$(mktemp -d /tmp/mord-pg-XXXXXX)
  local as=()
  if [ "$(id -u)" = "0" ]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
    chown postgres "$MORD_PGDATA"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$MORD_PGDATA" -A trust -U postgres >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$MORD_PGDATA" -o "-p $port -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off" -l "$MORD_PGDATA/log" -w start >/dev/null
  MORD_PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$MORD_PGDATA" -m fast -w stop)
  trap 'stop_test_postgres' EXIT
  export MORD_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${MORD_PGDATA:-}" ]; then
    "${MORD_PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$MORD_PGDATA"
  fi
}
