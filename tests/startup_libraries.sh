#!/bin/sh
# What a program loads before it starts: neither the GUI nor the command line may load the mail
# parser (GMime, with GIO and GPGME), the keychain (QtKeychain, with D-Bus), Qt Network (with
# Kerberos and libproxy), QuaZip (with Core5Compat) or MeCab at start; they are modules loaded
# on first use (core/util/modules.h), because together they cost more start-up than the rest
# of the program's libraries. spdlog and fmt are compiled into the logging code alone.
#   tests/startup_libraries.sh PROGRAM...
set -eu
status=0
for program in "$@"; do
    loaded=$(ldd "$program")
    for library in libgmime libgpgme libqt6keychain libQt6Network libkrb5 libproxy libquazip \
        libQt6Core5Compat libmecab libspdlog libfmt; do
        if echo "$loaded" | grep -q "$library"; then
            echo "FAIL: $(basename "$program") loads $library at start" >&2
            status=1
        fi
    done
    echo "$(basename "$program"): $(echo "$loaded" | wc -l) shared libraries at start"
done
exit $status
