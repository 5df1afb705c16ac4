"""What reading costs, form by form, on the UN's own files; and a batch of PDFs against one of XML.

    python bench/bench_readers.py [--repeat 5]

For each reader: milliseconds per document and per 1,000 characters of the
text it reads out (documents differ in length: the per-character figure is
the one to compare).  Then the whole batch job (``process_document``: read
both versions, segment, align, QA, TUs) on the four PDF pairs and on XML
pairs of the 79th session, per 1,000 characters: the PDF batch must stay
within 10 times the XML one.  Files: ../shared/corpus (UN documents; source:
United Nations).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.batch import DocumentTask, process_document  # noqa: E402
from align.reading import read_data  # noqa: E402
from align.reading.registry import reader_for  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DOCS = SHARED / "un-docs"
PDF_PAIRS = [("A_RES_48_161", "en", "fr"), ("A_RES_48_246", "en", "es"),
             ("A_HRC_WG.6_7_ITA_1", "en", "fr"), ("A_HRC_WG.6_34_ITA_3", "en", "ru")]


def forms() -> dict[str, list[Path]]:
    return {
        "text": [Path(__file__).resolve().parents[1] / "sources" / f"A_RES_57_263.{l}.txt" for l in ("fr", "en")],
        "akn": sorted(DOCS.glob("A_RES_79_*.xml")),
        "pdf": sorted(DOCS.glob("*.pdf")),
        "docx": sorted((DOCS / "word").glob("*.DOC")),
    }


def best(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def characters(document) -> int:
    return sum(len(unit.text) for unit in document.units)


def read_costs(repeat: int) -> None:
    print(f"{'form':<6} {'files':>5} {'ms/document':>12} {'ms/1,000 chars':>15}")
    for form, paths in forms().items():
        blobs = [(path.read_bytes(), str(path)) for path in paths]
        assert all(reader_for(data).form == form for data, _ in blobs)
        size = sum(characters(read_data(data, name)) for data, name in blobs)
        seconds = best(lambda: [read_data(data, name) for data, name in blobs], repeat)
        print(f"{form:<6} {len(blobs):>5} {seconds / len(blobs) * 1000:>12.2f} {seconds / size * 1e6:>15.3f}")


def batch_cost(tasks: list[DocumentTask], repeat: int) -> tuple[float, int]:
    size = sum(characters(read_data(Path(t.source).read_bytes(), t.source)) for t in tasks)
    seconds = best(lambda: [process_document(task) for task in tasks], repeat)
    assert all(process_document(task).error is None for task in tasks)
    return seconds, size


def batch_costs(repeat: int) -> None:
    pdf = [DocumentTask(stem, str(DOCS / f"{stem}.{s}.pdf"), str(DOCS / f"{stem}.{t}.pdf"), s, t)
           for stem, s, t in PDF_PAIRS]
    english = sorted((SHARED / "unxml" / "79session" / "English").glob("*.xml"))[:40]
    xml = []
    for path in english:
        french = SHARED / "unxml" / "79session" / "French" / path.name.replace("E.xml", "F.xml")
        if french.exists():
            xml.append(DocumentTask(path.stem, str(path), str(french), "en", "fr"))
    print(f"\n{'batch':<10} {'pairs':>5} {'ms/pair':>9} {'ms/1,000 chars':>15}")
    per = {}
    for name, tasks in (("PDF", pdf), ("XML", xml)):
        seconds, size = batch_cost(tasks, repeat)
        per[name] = seconds / size * 1e6
        print(f"{name:<10} {len(tasks):>5} {seconds / len(tasks) * 1000:>9.1f} {per[name]:>15.3f}")
    print(f"PDF batch / XML batch, per character: {per['PDF'] / per['XML']:.1f}x (limit 10x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not DOCS.exists():
        print("../shared/corpus is not here", file=sys.stderr)
        return 2
    read_costs(args.repeat)
    batch_costs(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
