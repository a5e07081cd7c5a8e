#!/bin/sh
# Runs a test program against a private PostgreSQL server started for it (pg_server.sh) and
# stopped after, whatever the outcome. The program finds the server in SHUZAI_TEST_POSTGRES
# ("HOST:PORT:ADMIN_PASSWORD"); each TestWorkspace makes a database of its own there.
set -u
here=$(dirname "$0")
work=$(mktemp -d)
trap '"$here/pg_server.sh" stop "$work/pg" 2>/dev/null; rm -rf "$work"' EXIT
ready=$("$here/pg_server.sh" start "$work/pg") || { cat "$work/pg/initdb.log" "$work/pg/server.log" 2>/dev/null; exit 1; }
port=${ready#READY }
SHUZAI_TEST_POSTGRES="127.0.0.1:$port:$(cat "$work/pg/admin.pw")"
# Where the server lives, for tests that stop and resume it (pg_server.sh).
SHUZAI_TEST_POSTGRES_DIR="$work/pg"
export SHUZAI_TEST_POSTGRES SHUZAI_TEST_POSTGRES_DIR
"$@"
