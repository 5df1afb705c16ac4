"""Benchmarks of TM work on a TMX file of a million TUs (about 1 GB).

    python bench/bench_tm.py [--tus 1000000] [--keep DIR]

Stages run in their own processes so that each peak resident set size
(ru_maxrss) is that stage's alone:

1. generate: a TMX of N TUs: the resolution's own 25 pairs, 1 % near
   copies of them (one word changed), and sentences drawn from a
   Zipf-distributed vocabulary (the resolution's words, then 60,000 others);
2. read: stream every TU with ``TmxReader``;
3. index: build the fuzzy-match index (SQLite FTS5) beside the TMX;
4. analyze: leverage analysis of A/RES/57/263 against the indexed TM.
"""

from __future__ import annotations

import argparse
import itertools
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

FR = ROOT / "sources" / "A_RES_57_263.fr.txt"
EN = ROOT / "sources" / "A_RES_57_263.en.txt"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(path: Path, count: int) -> dict:
    from align.model import TmxHeader, TmxUnit, Variant
    from align.reading import read_document
    from tmx.writer import write_tmx

    fr, en = read_document(FR), read_document(EN)
    rng = random.Random(57263)
    fr_words = [w for u in fr.units for w in u.text.split()]
    en_words = [w for u in en.units for w in u.text.split()]
    # Zipf-distributed vocabulary: the resolution's words first, then 60,000 others.
    fr_vocab = list(dict.fromkeys(fr_words)) + [f"mot{n}" for n in range(60_000)]
    en_vocab = list(dict.fromkeys(en_words)) + [f"word{n}" for n in range(60_000)]
    fr_cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(fr_vocab))))
    en_cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(en_vocab))))

    def near_variant(text: str) -> str:
        words = text.split()
        words[rng.randrange(len(words))] = rng.choice(fr_vocab[:2000])
        return " ".join(words)

    def units():
        for unit_fr, unit_en in zip(fr.units, en.units):
            yield TmxUnit(f"A/RES/57/263:{unit_fr.id}", (Variant("fr", unit_fr.text), Variant("en", unit_en.text)))
        for n in range(count - len(fr.units)):
            if n % 100 == 0:  # 1 %: near copies of the resolution's units, one word changed
                k = rng.randrange(len(fr.units))
                source, target = near_variant(fr.units[k].text), en.units[k].text
            else:
                length = rng.randint(10, 100)
                source = " ".join(rng.choices(fr_vocab, cum_weights=fr_cumulative, k=length))
                target = " ".join(rng.choices(en_vocab, cum_weights=en_cumulative, k=length))
            yield TmxUnit(
                f"synthetic:{n}",
                (Variant("fr", source), Variant("en", target)),
                (("x-document", f"A/RES/{n % 80}/{n % 300}"),),
            )

    header = TmxHeader(srclang="fr", segtype="sentence", creationdate="20021220T000000Z", creationtoolversion="bench")
    start = time.perf_counter()
    with path.open("wb") as stream:
        write_tmx(stream, header, units())
    return {"seconds": time.perf_counter() - start, "bytes": path.stat().st_size, "peak_mib": peak_mib()}


def read(path: Path) -> dict:
    from tmx.reader import TmxReader

    start = time.perf_counter()
    count = sum(1 for _ in TmxReader(path))
    return {"seconds": time.perf_counter() - start, "tus": count, "peak_mib": peak_mib()}


def index(path: Path) -> dict:
    from tmx.index import TmIndex, index_path

    start = time.perf_counter()
    built = TmIndex.build(path, index_path(path))
    size = len(built)
    built.close()
    return {"seconds": time.perf_counter() - start, "tus": size, "peak_mib": peak_mib()}


def analyze_stage(path: Path) -> dict:
    from align.leverage import analyze
    from align.srx import default_rules
    from tmx.index import TmIndex, index_path
    from align.model import LanguagePair

    from align.reading.text import parse_text

    opened = TmIndex.open_fresh(path, index_path(path), LanguagePair())
    # A revision: "Sud-Sud" written with an en dash, so most units need a fuzzy lookup.
    revised = parse_text(FR.read_text(encoding="utf-8").replace("Sud-Sud", "Sud–Sud"), language="fr")
    start = time.perf_counter()
    result = analyze(revised, default_rules(), opened)
    counts = result.counts()
    return {
        "seconds": time.perf_counter() - start,
        "segments": len(result.segments),
        "exact": counts["100%"]["segments"],
        "fuzzy": sum(counts[b]["segments"] for b in ("95-99%", "85-94%", "75-84%", "50-74%")),
        "peak_mib": peak_mib(),
    }


STAGES = {"generate": generate, "read": read, "index": index, "analyze": analyze_stage}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tus", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="directory for the generated TMX (default: a temporary one)")
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        extra = (args.tus,) if args.stage == "generate" else ()
        print(json.dumps(STAGES[args.stage](args.path, *extra)))
        return
    directory = args.keep or Path(tempfile.mkdtemp(prefix="untm-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "bench.tmx"
    results = {}
    for stage in STAGES:
        done = subprocess.run(
            [sys.executable, __file__, "--stage", stage, "--path", str(path), "--tus", str(args.tus)],
            capture_output=True, text=True, check=True,
        )
        results[stage] = json.loads(done.stdout)
    gen, rd, idx, an = (results[s] for s in STAGES)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}")
    print(f"| write {args.tus:,} TUs ({gen['bytes'] / 2**30:.2f} GiB) | {gen['seconds']:.0f} s | peak RSS {gen['peak_mib']:.0f} MiB |")
    print(f"| read (stream) | {rd['seconds']:.0f} s, {rd['tus'] / rd['seconds']:,.0f} TU/s | peak RSS {rd['peak_mib']:.0f} MiB |")
    print(f"| index (SQLite FTS5) | {idx['seconds']:.0f} s | peak RSS {idx['peak_mib']:.0f} MiB |")
    print(f"| analyze a revision of A/RES/57/263 ({an['segments']} segments: {an['exact']} exact, {an['fuzzy']} fuzzy) "
          f"| {an['seconds']:.2f} s | peak RSS {an['peak_mib']:.0f} MiB |")
    if not args.keep:
        for item in directory.iterdir():
            item.unlink()
        directory.rmdir()


if __name__ == "__main__":
    main()
