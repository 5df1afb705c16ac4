"""How long untm takes to start, against the interpreter alone and the libraries it cannot do without.

    python bench/bench_startup.py [--runs 15]

Each command runs ``--runs`` times as a new process; the median wall time is
reported.  Targets: ``untm --version`` and ``untm --help`` within 5x a bare
``python -c pass``; ``untm align`` on ``sources/`` within 3x ``python -c
"import lxml.etree, regex"`` (the parsing libraries every alignment needs)
plus the work itself, which is measured in the same process as the time
``align_documents`` and the writing take (``--profile``)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env, cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ, SOURCE_DATE_EPOCH="1040342400")
    python = sys.executable
    untm = [python, "-m", "align"]
    out = tempfile.mkdtemp()
    fr, en = ROOT / "sources" / "A_RES_57_263.fr.txt", ROOT / "sources" / "A_RES_57_263.en.txt"
    rows = {
        "python -c pass": [python, "-c", "pass"],
        "python -c 'import lxml.etree, regex'": [python, "-c", "import lxml.etree, regex"],
        "untm --version": [*untm, "--version"],
        "untm --help": [*untm, "--help"],
        "untm qa --help": [*untm, "qa", "--help"],
        "untm align (sources/)": [*untm, "align", str(fr), str(en), "--out", out],
        "python -c 'import align.job' (all untm's imports for align)": [python, "-c", "import align.job"],
    }
    results = {name: median_seconds(command, args.runs, env) for name, command in rows.items()}
    bare, libraries = results["python -c pass"], results["python -c 'import lxml.etree, regex'"]
    print(f"median of {args.runs} runs, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for name, seconds in results.items():
        print(f"{name:<62} {seconds * 1000:7.1f} ms  {seconds / bare:5.1f}x bare  {seconds / libraries:5.1f}x lxml+regex")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
