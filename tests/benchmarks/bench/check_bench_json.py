#!/usr/bin/env python3
"""Runs shuzai-bench at the smoke size and checks that its JSON is sane: every figure named,
positive times, a finite ratio, and the groups CI expects present. Usage: check_bench_json.py BENCH"""
import json
import math
import subprocess
import sys

out = subprocess.run([sys.argv[1], "--size", "smoke", "--json"] + sys.argv[2:],
                     check=True, capture_output=True, text=True, timeout=300)
report = json.loads(out.stdout)
figures = report["figures"]
assert report["archive"]["size"] == "smoke", report["archive"]
assert report["archive"]["transcripts"] > 0, report["archive"]
names = [f["figure"] for f in figures]
for wanted in ("start-up", "roster keystroke", "week view", "search first page",
               "import", "book an interview", ".ics export"):
    assert any(n.startswith(wanted) for n in names), f"no figure for {wanted}: {names}"
for f in figures:
    assert f["ms"] > 0 and f["limit_ms"] > 0, f
    assert math.isfinite(f["ratio"]) and f["ratio"] > 0, f
    assert abs(f["ratio"] - f["ms"] / f["limit_ms"]) < 1e-6 * max(1, f["ratio"]), f
print(f"{len(figures)} figures, sane")
