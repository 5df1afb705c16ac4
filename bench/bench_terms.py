"""Benchmark: the terminology check over a TMX of a million TUs with a 10,000-term glossary.

    python bench/bench_terms.py [--tmx FILE] [--tus 1000000]

Without ``--tmx`` a TMX is generated as ``bench_tm.py`` does.  The glossary
holds the 23 entries of ``sources/glossary.tbx`` and 9,977 generated
two-word entries drawn from the TM's vocabulary, so that they occur.  The
check runs in its own process, finding the terms in this process (1 worker)
and then in 2 worker processes; its peak resident set size is reported (of
the largest process).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def make_glossary(path: Path, count: int) -> None:
    from align.glossary import read_glossary

    real = read_glossary(ROOT / "sources" / "glossary.tbx", "fr", "en")
    rng = random.Random(10000)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["fr", "en"])
        for entry in real.entries:
            writer.writerow([entry.name, entry.rendering])
        for _ in range(count - len(real.entries)):
            a, b = rng.randrange(60_000), rng.randrange(60_000)
            writer.writerow([f"mot{a} mot{b}", f"word{a} word{b}"])


def check(tmx: Path, glossary_path: Path, workers: int = 1) -> dict:
    from align.glossary import read_glossary
    from align.terms_tmx import terms_of_tmx
    from align.model import LanguagePair

    start = time.perf_counter()
    glossary = read_glossary(glossary_path, "fr", "en")
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    report = terms_of_tmx(tmx, glossary, LanguagePair("fr", "en"), workers=workers)
    seconds = time.perf_counter() - start
    return {
        "glossary_seconds": loaded,
        "seconds": seconds,
        "segments": report.segments,
        "terms_found": len(report.terms),
        "peak_mib": max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024,
    }


def bare_iterparse(tmx: Path) -> dict:
    """The floor: lxml walking the same file, freeing each TU, doing nothing else."""
    from lxml import etree

    start = time.perf_counter()
    count = 0
    for _, element in etree.iterparse(str(tmx), events=("end",), tag="tu", huge_tree=True):
        count += 1
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "tus": count, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tmx", type=Path)
    parser.add_argument("--tus", type=int, default=1_000_000)
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--check", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--iterparse", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.check:
        tmx, glossary, workers = args.check
        print(json.dumps(check(Path(tmx), Path(glossary), int(workers))))
        return
    if args.iterparse:
        print(json.dumps(bare_iterparse(args.iterparse)))
        return
    with tempfile.TemporaryDirectory(prefix="untm-bench-terms-") as work:
        tmx = args.tmx
        if tmx is None:
            from bench_tm import generate

            tmx = Path(work) / "bench.tmx"
            generate(tmx, args.tus)
        glossary = Path(work) / "glossary.csv"
        make_glossary(glossary, args.terms)
        results = {workers: json.loads(subprocess.run([sys.executable, __file__, "--check", str(tmx), str(glossary), str(workers)],
                                                      capture_output=True, text=True, check=True).stdout)
                   for workers in (1, 2)}
        floor = json.loads(subprocess.run([sys.executable, __file__, "--iterparse", str(tmx)],
                                          capture_output=True, text=True, check=True).stdout)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}")
    for workers, result in results.items():
        print(f"| terms check, {result['segments']:,} TUs x {args.terms:,} terms ({result['terms_found']:,} found), "
              f"{workers} worker{'s' if workers > 1 else ''} | {result['seconds']:.0f} s, "
              f"{result['segments'] / result['seconds']:,.0f} TU/s | peak RSS {result['peak_mib']:.0f} MiB "
              f"(glossary loaded in {result['glossary_seconds']:.1f} s); {result['seconds'] / floor['seconds']:.1f}x "
              "the bare pass |")
    print(f"| bare iterparse over the same file | {floor['seconds']:.0f} s, {floor['tus'] / floor['seconds']:,.0f} TU/s "
          f"| peak RSS {floor['peak_mib']:.0f} MiB |")


if __name__ == "__main__":
    main()
