"""How long untm takes to start, against the interpreter alone and the libraries it cannot do without.

    python bench/bench_startup.py [--runs 15]

Each command runs ``--runs`` times as a new process; the median wall time is
reported.  Targets: ``untm --version`` and ``untm --help`` within 5x a bare
``python -c pass``; ``untm align`` on ``sources/`` within 3x ``python -c
"import lxml.etree, regex"`` (the parsing libraries every alignment needs).
Bytecode is compiled first and kept, as an installed package has it."""

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
    # As installed: pip writes every module's bytecode, so the runs must not compile the sources each time
    # (an environment with PYTHONDONTWRITEBYTECODE would, and measure the compiler instead of untm).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "align"), str(ROOT / "tmx")], check=True)
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
    classes = subprocess.run([python, "-c", _CLASS_TIME], check=True, capture_output=True, text=True, env=env).stdout
    for name, seconds in results.items():
        print(f"{name:<62} {seconds * 1000:7.1f} ms  {seconds / bare:5.1f}x bare  {seconds / libraries:5.1f}x lxml+regex")
    print(f"of the imports, making untm's frozen dataclasses takes {classes.strip()}")
    return 0


# The time Python spends making the dataclasses that ``untm align`` imports: a fixed cost of the frozen
# dataclasses the code is built on (about 0.4 ms a class on CPython 3.11 to 3.13).
_CLASS_TIME = """
import dataclasses, time
spent, made, make = [0.0], [0], dataclasses._process_class
def timed(*args, **kwargs):
    started = time.perf_counter(); made[0] += 1
    try:
        return make(*args, **kwargs)
    finally:
        spent[0] += time.perf_counter() - started
dataclasses._process_class = timed
import align.job, align.cli
print(f"{spent[0] * 1000:.1f} ms ({made[0]} classes)")
"""


if __name__ == "__main__":
    raise SystemExit(main())
