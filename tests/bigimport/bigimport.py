#!/usr/bin/env python3
"""A big Zoom-style WebVTT imported by shuzai-cli as a whole process: peak memory (the child's
maximum resident set) against the file's size, and the time it takes.

    bigimport.py SHUZAI_CLI SIZE_MB [--limit 2.5]

The issue's figure is a 100 MB file under 2.5x its size (the README's long check). The suite runs
a short version; for a small file the process's own start-up memory is part of the figure, so the
short run measures the growth over an import of a tiny file in the same run."""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

LINES = [
    "本日はお時間をいただきありがとうございます。小規模言語モデルの導入について伺います。",
    "よろしくお願いします。弊社では社内文書の検索から始めました。",
    "推論はオンプレミスのGPU一枚で動いています。応答は一秒以内です。",
    "So we fine-tuned a 1.8B model on our own support tickets, which took two days.",
]


def write_vtt(path, size):
    with open(path, "w", encoding="utf-8") as f:
        f.write("WEBVTT\n\n")
        n = 0
        while f.tell() < size:
            n += 1
            start = n * 3
            speaker = "記者" if n % 2 else "佐藤 花子"
            f.write(f"{n}\n{start // 3600:02d}:{start // 60 % 60:02d}:{start % 60:02d}.000 --> "
                    f"{(start + 2) // 3600:02d}:{(start + 2) // 60 % 60:02d}:{(start + 2) % 60:02d}.500\n"
                    f"{speaker}: {LINES[n % len(LINES)]}\n\n")
    return n


def run(cli, db, *args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    p = subprocess.run([cli, "--db", db, *args], capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if p.returncode != 0:
        sys.exit(f"shuzai-cli {' '.join(args)} failed: {p.stderr}")
    # ru_maxrss of children is the largest of any child so far: each measured call is the
    # biggest yet (the tiny import first, then the big one).
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return p.stdout, elapsed, max(peak, before) * 1024


def main():
    a = argparse.ArgumentParser()
    a.add_argument("cli")
    a.add_argument("size_mb", type=float)
    a.add_argument("--limit", type=float, default=2.5)
    opts = a.parse_args()
    size = int(opts.size_mb * 1024 * 1024)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "shuzai.db")
        run(opts.cli, db, "init")
        run(opts.cli, db, "interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
            "--reading", "サトウ ハナコ")
        run(opts.cli, db, "interview", "add", "1", "--at", "2025-05-27T10:00", "--mode", "online")
        run(opts.cli, db, "interview", "add", "1", "--at", "2025-05-28T10:00", "--mode", "online")
        tiny = os.path.join(tmp, "tiny.vtt")
        write_vtt(tiny, 2000)
        _, _, baseline = run(opts.cli, db, "--as", "writer", "transcript", "import", "1", tiny)
        big = os.path.join(tmp, "big.vtt")
        cues = write_vtt(big, size)
        real = os.path.getsize(big)
        out, elapsed, peak = run(opts.cli, db, "--as", "writer", "transcript", "import", "2", big,
                                 "--json")
        growth = peak - baseline
        print(f"file {real / 2**20:.1f} MB, {cues} cues: import {elapsed:.1f} s, "
              f"peak {peak / 2**20:.0f} MB (tiny import {baseline / 2**20:.0f} MB), "
              f"peak/size {peak / real:.2f}, growth/size {growth / real:.2f}, limit {opts.limit}")
        if '"segmentCount": %d' % cues not in out and f'"segmentCount":{cues}' not in out:
            sys.exit(f"expected {cues} segments stored: {out[:300]}")
        # At 100 MB the whole process must stay under the limit; a small file is judged by what
        # the import adds to the process.
        figure = peak / real if real >= 100 * 2**20 else growth / real
        if figure > opts.limit:
            sys.exit(f"peak memory {figure:.2f}x the file's size, over {opts.limit}x")


if __name__ == "__main__":
    main()
