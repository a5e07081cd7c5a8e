#!/bin/sh
# A private Radicale (Debian's radicale 3.1) for the tests, in a directory of its own on 127.0.0.1.
#   radicale_server.sh start DIR [tls]   config, users, storage in DIR; prints "READY PORT";
#                                        with tls: https with a throw-away CA (DIR/ca.pem)
#   radicale_server.sh stop DIR          stops it (SIGTERM, then SIGKILL)
#   radicale_server.sh resume DIR PORT   the same server again on its port, after a stop
# Users (htpasswd, plain): editor/editor-pw, writer1/writer1-pw, writer2/writer2-pw.
# Rights owner_write: everyone reads every calendar, each writes only their own (owner_only, the
# default, would hide writers' calendars from the editor's account).
# Radicale runs as whoever starts it (root in CI, a user elsewhere): it needs no system user.
set -eu
cmd=$1
dir=$2
python=/usr/bin/python3
run() {
    port=$1
    tls=
    if [ -f "$dir/srv.pem" ]; then
        tls="ssl = True
certificate = $dir/srv.pem
key = $dir/srv.key"
    fi
    cat >"$dir/radicale.conf" <<CONF
[server]
hosts = 127.0.0.1:$port
$tls
[auth]
type = htpasswd
htpasswd_filename = $dir/users
htpasswd_encryption = plain
delay = 0
[rights]
type = owner_write
[storage]
filesystem_folder = $dir/collections
[logging]
level = info
mask_passwords = True
CONF
    # -C replaces the default config paths (/etc/radicale/config, ~/.config/radicale/config).
    nohup "$python" -m radicale -C "$dir/radicale.conf" >>"$dir/radicale.log" 2>&1 &
    echo $! >"$dir/pid"
    tries=0
    # Ready when it listens (ss: no interpreter to start for each look, every 20 ms).
    until ss -Hltn "sport = :$port" | grep -q .; do
        tries=$((tries + 1))
        if [ $tries -gt 750 ] || ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
            echo "radicale did not start; its log:" >&2
            cat "$dir/radicale.log" >&2
            exit 1
        fi
        sleep 0.02
    done
    echo "READY $port"
}
case $cmd in
start)
    mkdir -p "$dir/collections"
    printf 'editor:editor-pw\nwriter1:writer1-pw\nwriter2:writer2-pw\n' >"$dir/users"
    chmod 600 "$dir/users"
    if [ "${3:-}" = tls ]; then
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=ShuzaiTestCA \
            -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=127.0.0.1 \
            -keyout "$dir/srv.key" -out "$dir/srv.csr" 2>/dev/null
        printf 'subjectAltName=IP:127.0.0.1\n' >"$dir/san.ext"
        openssl x509 -req -in "$dir/srv.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
            -CAcreateserial -days 2 -extfile "$dir/san.ext" -out "$dir/srv.pem" 2>/dev/null
    fi
    run "$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    ;;
stop)
    pid=$(cat "$dir/pid")
    kill "$pid" 2>/dev/null || true
    tries=0
    while kill -0 "$pid" 2>/dev/null; do
        tries=$((tries + 1))
        if [ $tries -gt 250 ]; then kill -9 "$pid" 2>/dev/null || true; fi
        sleep 0.02
    done
    ;;
resume)
    run "$3"
    ;;
*)
    echo "usage: radicale_server.sh start|stop|resume DIR [PORT]" >&2
    exit 2
    ;;
esac
