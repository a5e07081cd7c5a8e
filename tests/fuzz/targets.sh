# The fuzz targets and where their inputs live; sourced by run.sh and replay.sh.
# shellcheck shell=sh
FUZZ_TARGETS="vtt srt txt docx ics letter imap"

# The seed folders of a target, relative to the repository: the third-party corpus in
# tests/data/ (licences in tests/data/corpora/SOURCES.md), then inputs written for the target.
fuzz_seed_dirs() {
    case "$1" in
    vtt) echo "tests/data/corpora/webvtt tests/data/transcripts tests/fuzz/seeds/vtt" ;;
    srt) echo "tests/data/corpora/srt tests/fuzz/seeds/srt" ;;
    txt) echo "tests/data/corpora/japanese tests/data/transcripts tests/fuzz/seeds/txt" ;;
    docx) echo "tests/data/corpora/docx tests/fuzz/seeds/docx" ;;
    ics) echo "tests/data/corpora/icalendar tests/data/calendars tests/fuzz/seeds/ics" ;;
    letter) echo "core/outreach/templates tests/fuzz/seeds/letter" ;;
    imap) echo "tests/fuzz/seeds/imap" ;;
    *) return 1 ;;
    esac
}

# Crashers and slow inputs found so far, each kept as a test.
fuzz_regression_dir() {
    echo "tests/fuzz/regressions/$1"
}
