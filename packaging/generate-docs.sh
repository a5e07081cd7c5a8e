#!/bin/sh
# Makes shuzai-cli's manual pages (English and Japanese) and its bash completion from the CLI's
# own declaration of its verbs: the built CLI prints them (help --man, help --bash-completion).
# Usage: generate-docs.sh SHUZAI_CLI OUTPUT_DIR
set -eu
cli=$1
out=$2
mkdir -p "$out/en" "$out/ja"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
for lang in en ja; do
    "$cli" --lang "$lang" help --man > "$out/$lang/shuzai-cli.1"
    # Debian policy: manual pages compressed with gzip -9, without a timestamp.
    gzip -9nf "$out/$lang/shuzai-cli.1"
done
"$cli" --lang en help --bash-completion > "$out/shuzai-cli.bash-completion"
