"""Benchmarks: the main job on A/RES/57/263, a long synthetic resolution, and a large TMX write.

    python bench/bench_align.py            # prints a table; the README quotes it

Timings are wall-clock medians of repeated runs; memory is the peak resident
set size of this process (ru_maxrss), read after each stage.
"""

from __future__ import annotations

import io
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.aligner import align_documents  # noqa: E402
from align.model import TmxHeader, TmxUnit, Variant  # noqa: E402
from align.reading import read_document
from align.reading.text import parse_text  # noqa: E402
from align.srx import default_rules  # noqa: E402
from tmx.writer import write_tmx  # noqa: E402

FR = ROOT / "sources" / "A_RES_57_263.fr.txt"
EN = ROOT / "sources" / "A_RES_57_263.en.txt"


def median_time(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def long_resolution(language: str, paragraphs: int) -> str:
    """The resolution's operative paragraphs repeated, renumbered, as one long text."""
    text = (FR if language == "fr" else EN).read_text(encoding="utf-8")
    head, _, rest = text.partition(" 1. ")
    body = " 1. " + rest.split("\n\n \n\n")[0]
    blocks = [b for b in body.split("\n\n") if b.strip() and b.strip()[0].isdigit()]
    out = [head]
    for n in range(paragraphs):
        block = blocks[n % len(blocks)].split(". ", 1)[1]
        out.append(f" {n + 1}. {block}\n\n")
    return "".join(out)


def main() -> None:
    rules = default_rules()
    rows = []

    def job():
        align_documents(read_document(FR), read_document(EN), rules)

    rows.append(("parse + segment + align A/RES/57/263 (25 units)", f"{median_time(job, 20) * 1000:.1f} ms"))

    fr_text, en_text = long_resolution("fr", 2000), long_resolution("en", 2000)

    def long_job():
        align_documents(parse_text(fr_text, language="fr"), parse_text(en_text, language="en"), rules)

    seconds = median_time(long_job, 3)
    rows.append(("parse + segment + align, 2,000 operative paragraphs", f"{seconds:.2f} s ({2000 / seconds:,.0f} units/s)"))

    class Sink(io.RawIOBase):
        def writable(self):
            return True

        def write(self, data):
            return len(data)

    header = TmxHeader(srclang="fr", segtype="sentence", creationdate="20021220T000000Z", creationtoolversion="bench")
    text_fr = read_document(FR).unit("OP6").text
    text_en = read_document(EN).unit("OP6").text
    before = peak_mib()
    count = 1_000_000

    def units():
        for n in range(count):
            yield TmxUnit(f"bench:{n}", (Variant("fr", text_fr), Variant("en", text_en)), (("x-unit", "OP6"),))

    start = time.perf_counter()
    write_tmx(Sink(), header, units())
    seconds = time.perf_counter() - start
    rows.append(
        (
            f"TMX write, {count:,} TUs of 1 kB (streamed to a sink)",
            f"{seconds:.1f} s ({count / seconds:,.0f} TU/s), peak RSS {before:.0f} -> {peak_mib():.0f} MiB",
        )
    )

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
