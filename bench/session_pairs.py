"""Align every resolution of a UNxml session folder, English against each other language.

    python bench/session_pairs.py ../shared/corpus/unxml/79session [--json out.json] [--show N]

Reports, per language pair: documents aligned, failures (and why), units
paired, units on one side only, and the pairs that are not clean (a unit on
one side only) with those units.  The data are the UN's own Akoma Ntoso files
(UNxml/GAresolutions, DGACM): source, United Nations.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.aligner import align_documents  # noqa: E402
from align.batch import plan  # noqa: E402
from align.errors import UntmError  # noqa: E402
from align.memory import MIN_CONFIDENCE  # noqa: E402
from align.reading import read_document  # noqa: E402
from align.srx import default_rules  # noqa: E402

def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    rules = default_rules()
    stats = {lang: defaultdict(int) for lang in ("ar", "es", "fr", "ru", "zh")}
    unclean: list[dict] = []
    failures: list[dict] = []
    started = time.perf_counter()
    reads = 0
    english: dict[str, object] = {}
    for lang, counts in stats.items():
        batch = plan(args.folder, "en", lang)
        counts["missing"] = sum(1 for _, reason in batch.missing if f"no {lang} " in reason)
        for task in list(batch.tasks())[: args.limit]:
            try:
                if task.stem not in english:
                    english[task.stem] = read_document(task.source)
                    reads += 1
                other = read_document(task.target)
                reads += 1
                alignment = align_documents(english[task.stem], other, rules)
            except UntmError as exc:
                counts["failed"] += 1
                failures.append({"document": task.stem, "language": lang, "error": str(exc)})
                continue
            counts["documents"] += 1
            one_sided = [p for p in alignment.pairs if not p.paired]
            counts["paired"] += sum(p.paired for p in alignment.pairs)
            # right pairs (official translations) the memory sets apart for review
            counts["review"] += sum(p.paired and p.confidence < MIN_CONFIDENCE for p in alignment.pairs)
            counts["one_sided"] += len(one_sided)
            if one_sided:
                counts["unclean"] += 1
                unclean.append({"document": task.stem, "language": lang,
                                "en_only": [p.unit_id for p in one_sided if p.source],
                                "other_only": [p.unit_id for p in one_sided if p.target]})
    elapsed = time.perf_counter() - started
    total_paired = sum(c["paired"] for c in stats.values())
    total_one = sum(c["one_sided"] for c in stats.values())
    total_docs = sum(c["documents"] for c in stats.values())
    total_unclean = sum(c["unclean"] for c in stats.values())
    print(f"{'pair':<6} {'aligned':>8} {'failed':>7} {'missing':>8} {'units paired':>13} {'one-sided':>10} "
          f"{'unclean pairs':>14} {'for review':>11}")
    for lang, c in stats.items():
        print(f"en-{lang:<3} {c['documents']:>8} {c['failed']:>7} {c['missing']:>8} {c['paired']:>13} {c['one_sided']:>10} "
              f"{c['unclean']:>14} {c['review'] / max(1, c['paired']):>11.1%}")
    share = total_paired / max(1, total_paired + total_one)
    clean = 1 - total_unclean / max(1, total_docs)
    print(f"units paired: {share:.2%}; pairs with no one-sided unit: {clean:.2%}; failures: {len(failures)}")
    print(f"{reads} files read and aligned in {elapsed:.1f} s ({elapsed / max(1, reads) * 1000:.1f} ms a file)")
    for failure in failures[: args.show]:
        print(f"FAILED {failure['document']} {failure['language']}: {failure['error']}")
    for item in unclean[: args.show]:
        print(f"UNCLEAN {item['document']} en-{item['language']}: en only {item['en_only']}, other only {item['other_only']}")
    if args.json:
        args.json.write_text(json.dumps({"stats": stats, "failures": failures, "unclean": unclean}, indent=1,
                                        ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
