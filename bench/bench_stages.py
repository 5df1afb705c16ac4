"""Where a batch spends its time: one core's cost per document, stage by stage.

    python bench/bench_stages.py [--documents 300] [--json OUT]

The documents are made as ``bench_batch.py`` makes them (A/RES/57/263 in
French and English, each copy with its own symbol and amounts).  Each stage
``process_document`` runs is timed over all of them, in its order, on the
results of the stage before, best of three passes:

* read both files and parse them;
* segment and align;
* each QA check;
* make the TUs, serialize them, compress them.

The last row is ``process_document`` itself, for comparison with the sum.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_batch import make_corpus  # noqa: E402

from align.aligner import align_documents  # noqa: E402
from align.batch import plan, process_document  # noqa: E402
from align.memory import paragraph_units, sentence_units  # noqa: E402
from align.reading import read_data  # noqa: E402
from align.qa.base import QaContext  # noqa: E402
from align.qa.registry import select  # noqa: E402
from align.srx import rules_from  # noqa: E402
from align.reading.textfile import read_bytes  # noqa: E402
from tmx.writer import serialize  # noqa: E402


def best(function, items, passes: int = 3) -> tuple[float, list]:
    """The fastest of ``passes`` runs of ``function`` over ``items``, and its results."""
    fastest, results = float("inf"), []
    for _ in range(passes):
        start = time.perf_counter()
        results = [function(item) for item in items]
        fastest = min(fastest, time.perf_counter() - start)
    return fastest, results


def measure(folder: Path) -> dict[str, float]:
    """Seconds per stage, summed over the documents of ``folder``."""
    tasks = list(plan(folder, "fr", "en").tasks())
    rules = rules_from(None)
    seconds: dict[str, float] = {}

    def read(task):
        return tuple(read_data(read_bytes(path), path, lang) for path, lang in ((task.source, "fr"), (task.target, "en")))

    seconds["read and parse both versions"], documents = best(read, tasks)
    seconds["segment and align"], alignments = best(lambda pair: align_documents(*pair, rules), documents)
    contexts = [QaContext(alignment) for alignment in alignments]
    for check in select():
        seconds[f"QA: {check.id}"], _ = best(lambda context, check=check: list(check.run(context)), contexts)

    def make(alignment):
        return list(sentence_units(alignment, "fr", "en")) + list(paragraph_units(alignment, "fr", "en"))

    seconds["make the TUs"], units = best(make, alignments)
    seconds["serialize the TUs (lxml)"], data = best(lambda tus: b"".join(map(serialize, tus)), units)
    seconds["compress them (zlib)"], _ = best(lambda blob: zlib.compress(blob, 1), data)
    seconds["process_document, whole"], _ = best(process_document, tasks)
    return seconds


def table(seconds: dict[str, float], documents: int) -> str:
    parts = {k: v for k, v in seconds.items() if k != "process_document, whole"}
    total = sum(parts.values())
    lines = ["| stage | ms per document | share |", "|---|---|---|"]
    for stage, value in parts.items():
        lines.append(f"| {stage} | {value / documents * 1000:.3f} | {value / total:.0%} |")
    lines.append(f"| sum of the stages | {total / documents * 1000:.3f} | 100% |")
    whole = seconds["process_document, whole"]
    lines.append(f"| `process_document`, whole | {whole / documents * 1000:.3f} | |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        make_corpus(Path(folder), args.documents)
        seconds = measure(Path(folder))
    print(f"machine: {platform.machine()}, Linux {platform.release()}, Python {platform.python_version()}; "
          f"{args.documents} documents of 25 units, one core")
    print(table(seconds, args.documents))
    if args.json:
        args.json.write_text(json.dumps({"documents": args.documents, "seconds": seconds}, indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
