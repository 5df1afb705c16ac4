"""Benchmark of whole-archive alignment against its peers, at several corpus sizes.

    python bench/bench_batch.py [--sizes 1000,10000,100000] [--json OUT]
    python bench/bench_batch.py --table OUT     # the table again, from the saved figures

For each size, a synthetic corpus is made from the real sources (each copy
gets its own symbol and amounts), then, each in its own process so that its
peak memory is its own:

* ``untm batch`` with 1 worker and with 2 (read, parse, segment, align, QA,
  write both TMX files);
* translate-toolkit's ``tmxfile`` writing the same sentence TUs (no
  alignment work), the peer's writer;
* lxml's incremental writer writing the same TUs bare, the floor.

It prints a table and, with ``--json``, the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def make_corpus(folder: Path, size: int, vary: Callable[[str, int], str] | None = None) -> None:
    """``size`` pairs made from the sources, each with its own symbol and amounts (and, with ``vary``, the
    text of copy ``n`` made its own too)."""
    fr = (ROOT / "sources" / "A_RES_57_263.fr.txt").read_text(encoding="utf-8")
    en = (ROOT / "sources" / "A_RES_57_263.en.txt").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(size):
        session, number = 40 + n // 1000, n % 1000 + 1
        for lang, text in (("fr", fr), ("en", en)):
            copy = text.replace("57/263.", f"{session}/{number}.").replace("2002/18", f"{2000 + n % 20}/{n % 97}")
            copy = copy.replace("3,5 millions", f"{n % 90 + 1},5 millions").replace("3.5 million", f"{n % 90 + 1}.5 million")
            copy = vary(copy, n) if vary else copy
            (folder / f"A_RES_{session}_{number}.{lang}.txt").write_text(copy, encoding="utf-8")


def stage_batch(corpus: Path, out: Path, workers: int) -> dict:
    from align.batch_run import BatchJob, run_batch

    start = time.perf_counter()
    result = run_batch(BatchJob(corpus, out, "fr", "en", "20021220T000000Z", workers=workers))
    return {"seconds": time.perf_counter() - start, "tus": result.sentence_tus + result.paragraph_tus,
            "sentence_tus": result.sentence_tus, "peak_mib": peak_mib()}


def _pairs(tmx: Path):
    from tmx.reader import TmxReader

    for pair in TmxReader(tmx).pairs("fr", "en"):
        yield pair.source.text, pair.target.text


def stage_toolkit(tmx: Path) -> dict:
    from translate.storage.tmx import tmxfile

    pairs = list(_pairs(tmx))
    before = peak_mib()
    start = time.perf_counter()
    store = tmxfile(sourcelanguage="fr", targetlanguage="en")
    for source, target in pairs:
        store.addtranslation(source, "fr", target, "en")
    data = bytes(store)
    return {"seconds": time.perf_counter() - start, "tus": len(pairs), "bytes": len(data),
            "peak_mib": peak_mib(), "input_mib": before}


def stage_lxml(tmx: Path) -> dict:
    from lxml import etree

    pairs = list(_pairs(tmx))
    before = peak_mib()
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink, etree.xmlfile(sink, encoding="UTF-8") as xf:
        with xf.element("tmx", version="1.4"):
            xf.write(etree.Element("header", srclang="fr"))
            with xf.element("body"):
                for source, target in pairs:
                    with xf.element("tu"):
                        with xf.element("tuv", {"{http://www.w3.org/XML/1998/namespace}lang": "fr"}):
                            with xf.element("seg"):
                                xf.write(source)
                        with xf.element("tuv", {"{http://www.w3.org/XML/1998/namespace}lang": "en"}):
                            with xf.element("seg"):
                                xf.write(target)
    return {"seconds": time.perf_counter() - start, "tus": len(pairs), "peak_mib": peak_mib(), "input_mib": before}


STAGES = {"batch": stage_batch, "toolkit": stage_toolkit, "lxml": stage_lxml}


def run_stage(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--stage", *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: list[dict]) -> str:
    """The figures as a Markdown table; the ratios are the ones the targets are stated in."""
    lines = [
        "| documents | sentence TUs | untm 1 worker | untm 2 workers | speed-up "
        "| translate-toolkit `tmxfile` (write only) | lxml writer (write only) "
        "| untm 2 workers / `tmxfile` | lxml / untm 2 workers |",
        "|---|---|---|---|---|---|---|---|---|",
    ]

    def rate(r, key="tus"):
        return r[key] / r["seconds"]

    for row in results:
        one, two, tk, lx = row["untm_1"], row["untm_2"], row["toolkit"], row["lxml"]
        lines.append(
            f"| {row['documents']:,} | {two['sentence_tus']:,} "
            f"| {rate(one, 'sentence_tus'):,.0f} TU/s, {one['peak_mib']:.0f} MiB "
            f"| {rate(two, 'sentence_tus'):,.0f} TU/s, {two['peak_mib']:.0f} MiB "
            f"| {one['seconds'] / two['seconds']:.2f}× "
            f"| {rate(tk):,.0f} TU/s, {tk['peak_mib']:,.0f} MiB | {rate(lx):,.0f} TU/s, {lx['peak_mib']:,.0f} MiB "
            f"| {rate(two, 'sentence_tus') / rate(tk):.2f} | {rate(lx) / rate(two, 'sentence_tus'):.1f}× |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--table", type=Path, help="print the table of figures written earlier with --json")
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.table:
        saved = json.loads(args.table.read_text(encoding="utf-8"))
        print(f"machine: {saved['machine']}")
        print(table(saved["results"]))
        return
    if args.stage:
        name, *rest = args.stage
        if name == "batch":
            print(json.dumps(stage_batch(Path(rest[0]), Path(rest[1]), int(rest[2]))))
        else:
            print(json.dumps(STAGES[name](Path(rest[0]))))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="untm-bench-batch-") as work:
            corpus = Path(work) / "corpus"
            make_corpus(corpus, size)
            row = {"documents": size}
            for workers in (1, 2):
                row[f"untm_{workers}"] = run_stage("batch", str(corpus), str(Path(work) / f"out{workers}"), str(workers))
            tmx = Path(work) / "out2" / "corpus.fr-en.tmx"
            row["toolkit"] = run_stage("toolkit", str(tmx))
            row["lxml"] = run_stage("lxml", str(tmx))
            results.append(row)
            print(json.dumps(row), flush=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"
    print(f"machine: {machine}")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "results": results}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
