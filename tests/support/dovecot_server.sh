#!/bin/sh
# A private Dovecot IMAP server for the tests, in a directory of its own on 127.0.0.1, with TLS
# from a throw-away certificate authority.
#   dovecot_server.sh start DIR   configure + start; prints "READY PORT"; DIR/ca.pem is the CA to
#                                 trust, the user "editor" has the password "secret"
#   dovecot_server.sh stop DIR    stop it (its mail stays in DIR)
#   dovecot_server.sh resume DIR  start it again on the same port
# A mail process may not run as root: as root (CI) the server runs as the system user "dovecot",
# as pg_server.sh does with "postgres".
set -eu
cmd=$1
dir=$2
as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u dovecot -- "$@"; else "$@"; fi
}
# Whether something listens on the port (ss: no interpreter to start, checked every 20 ms).
listening() {
    ss -Hltn "sport = :$1" | grep -q .
}
start_server() {
    as_server /usr/sbin/dovecot -c "$dir/dovecot.conf"
    # Ready when the TLS port accepts connections (the master forks the listeners first).
    i=0
    until listening "$(cat "$dir/port")"; do
        i=$((i + 1))
        if [ $i -gt 500 ]; then
            echo "dovecot did not start; its log:" >&2
            cat "$dir/dovecot.log" >&2 || true
            exit 1
        fi
        sleep 0.02
    done
    echo "READY $(cat "$dir/port")"
}
case $cmd in
start)
    mkdir -p "$dir/run" "$dir/state" "$dir/mail" "$dir/home"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
        user=dovecot
        chmod o+x "$(dirname "$dir")"
    else
        user=$(id -un)
    fi
    group=$(id -gn "$user")
    uid=$(id -u "$user")
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    echo "$port" >"$dir/port"
    # The certificate authority and the server's certificate for 127.0.0.1 (P-256 keys: an RSA
    # key took a quarter of a second to make, each test).
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=ShuzaiTestCA \
        -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=127.0.0.1 \
        -keyout "$dir/srv.key" -out "$dir/srv.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$dir/srv.ext"
    openssl x509 -req -in "$dir/srv.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
        -CAcreateserial -days 2 -extfile "$dir/srv.ext" -out "$dir/srv.pem" 2>/dev/null
    printf 'editor:{PLAIN}secret::::::\n' >"$dir/users"
    cat >"$dir/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $dir/run
state_dir = $dir/state
instance_name = shuzai-test-$port
log_path = $dir/dovecot.log
default_login_user = $user
default_internal_user = $user
default_internal_group = $group
first_valid_uid = $uid
last_valid_uid = 0
ssl = required
ssl_cert = <$dir/srv.pem
ssl_key = <$dir/srv.key
ssl_dh = </usr/share/dovecot/dh.pem
auth_mechanisms = plain login
# A wrong password is answered at once (the 2 s default slows down guessing, not tests).
auth_failure_delay = 0
disable_plaintext_auth = yes
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$uid gid=$group home=$dir/home/%u
}
mail_location = maildir:$dir/mail/%u
service imap-login {
  chroot =
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $port
    ssl = yes
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    user = $user
  }
  unix_listener stats-writer {
    user = $user
  }
}
CONF
    if [ "$(id -u)" -eq 0 ]; then
        chown -R dovecot "$dir"
    fi
    start_server
    ;;
stop)
    # Killed outright, the master and its processes: a test's server keeps nothing that needs a
    # clean shutdown (doveadm stop waited seconds for the master), and a test of a server gone
    # mid-fetch needs it gone at once, open sessions included.
    master=$(cat "$dir/run/master.pid" 2>/dev/null || true)
    if [ -n "$master" ]; then
        for pid in $master $(ps -o pid= --ppid "$master" || true); do
            kill -KILL "$pid" 2>/dev/null || true
        done
        # Gone, though perhaps not yet reaped: resume must not take it for a running master.
        rm -f "$dir/run/master.pid"
    fi
    i=0
    while listening "$(cat "$dir/port")"; do
        i=$((i + 1))
        [ $i -gt 500 ] && break
        sleep 0.02
    done
    ;;
resume)
    start_server
    ;;
*)
    echo "usage: dovecot_server.sh start|stop|resume DIR" >&2
    exit 2
    ;;
esac
