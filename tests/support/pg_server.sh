#!/bin/sh
# A private PostgreSQL 15 server for the tests, in a directory of its own on 127.0.0.1.
#   pg_server.sh start DIR   initdb + start; prints "READY PORT"; the superuser is shuzai_admin
#                            with the password in DIR/admin.pw
#   pg_server.sh stop DIR    fast shutdown
#   pg_server.sh resume DIR PORT   start it again after a stop
# initdb refuses to run as root: as root, the server runs as the system user "postgres".
set -eu
bin=/usr/lib/postgresql/15/bin
cmd=$1
dir=$2
as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $cmd in
start)
    mkdir -p "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 -c 'import secrets; print(secrets.token_hex(16))' > "$dir/admin.pw"
    chmod 600 "$dir/admin.pw"
    if [ "$(id -u)" -eq 0 ]; then
        # The server's user must reach its directory through the (private) test folder.
        chmod o+x "$(dirname "$dir")"
        chown -R postgres "$dir"
    fi
    as_server "$bin/initdb" -D "$dir/data" -U shuzai_admin --pwfile="$dir/admin.pw" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    echo "READY $port"
    ;;
stop)
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    # The same server again on its port, after a stop (a restart as clients see it).
    port=$3
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    echo "READY $port"
    ;;
*)
    echo "usage: pg_server.sh start|stop|resume DIR [PORT]" >&2
    exit 2
    ;;
esac
