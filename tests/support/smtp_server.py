#!/usr/bin/python3
"""A real SMTP server for the tests (aiosmtpd from Debian's python3-aiosmtpd).

Prints "READY <port>" when it listens on 127.0.0.1, stores every accepted message in a Maildir
and stops when its standard input closes. Options: --cert/--key (STARTTLS, or implicit TLS
with --implicit), --auth USER:PASSWORD, --reject ADDRESS (550 for that recipient).
"""
import argparse
import mailbox
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, maildir, reject):
        self.box = mailbox.Maildir(maildir, create=True)
        self.reject = set(reject)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.reject:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.box.add(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
              and auth_data.password.decode() == password)
        return AuthResult(success=ok, handled=False)  # handled=False: send the 535 reply
    return check


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--maildir", required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--implicit", action="store_true")
    p.add_argument("--auth")
    p.add_argument("--reject", action="append", default=[])
    a = p.parse_args()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    kwargs = {}
    context = None
    if a.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.cert, a.key)
    server_kwargs = {}
    if context and not a.implicit:
        server_kwargs["tls_context"] = context
        server_kwargs["require_starttls"] = True
    if a.auth:
        user, password = a.auth.split(":", 1)
        server_kwargs["authenticator"] = authenticator(user, password)
        # With implicit TLS the whole connection is encrypted, which aiosmtpd does not see.
        server_kwargs["auth_require_tls"] = bool(context) and not a.implicit
    if context and a.implicit:
        kwargs["ssl_context"] = context
    controller = Controller(Handler(a.maildir, a.reject), hostname="127.0.0.1", port=port,
                            server_kwargs=server_kwargs, ready_timeout=10, **kwargs)
    controller.start()
    print(f"READY {port}", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
