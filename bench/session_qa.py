"""QA on real official translations: error-level findings per document pair, per language and per check.

    python bench/session_qa.py ../shared/corpus/unxml/79session [--lang fr] [--jsonl errors.jsonl]

Every resolution of a UNxml session folder, English against each other
language, through the same pipeline as ``untm qa`` (``align.pipeline``).  The
translations are the UN's official ones (source: United Nations): each error
is either a true difference between the versions or a false alarm, and the
target is at most 0.1 error a pair.  ``--jsonl`` keeps every error-level
finding (document, language, check, unit, message, source, target) to read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.aligner import align_documents  # noqa: E402
from align.batch import plan  # noqa: E402
from align.errors import USER_ERRORS  # noqa: E402
from align.model import Severity  # noqa: E402
from align.pipeline import Review, analyse  # noqa: E402
from align.reading import read_document  # noqa: E402
from align.srx import default_rules  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", action="append", help="a language to pair with English (default: all five)")
    parser.add_argument("--jsonl", type=Path, help="write every error-level finding here, one per line")
    args = parser.parse_args()
    rules, english = default_rules(), {}
    started = time.perf_counter()
    errors: Counter[tuple[str, str]] = Counter()
    pairs: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    for lang in args.lang or ["ar", "es", "fr", "ru", "zh"]:
        for task in plan(args.folder, "en", lang).tasks():
            try:
                if task.stem not in english:
                    english[task.stem] = read_document(task.source)
                alignment = align_documents(english[task.stem], read_document(task.target), rules)
            except USER_ERRORS:
                failed[lang] += 1
                continue
            pairs[lang] += 1
            for finding in analyse(alignment, Review()).findings:
                if finding.severity is not Severity.ERROR:
                    continue
                errors[(lang, finding.check)] += 1
                if out:
                    out.write(json.dumps({"document": task.stem, "language": lang, "check": finding.check,
                                          "unit": finding.unit, "message": finding.message, "source": finding.source,
                                          "target": finding.target}, ensure_ascii=False) + "\n")
    if out:
        out.close()
    checks = sorted({check for _, check in errors})
    print(f"{'pair':<6} {'pairs':>6} {'errors':>7} {'a pair':>7}  " + "  ".join(f"{c:>12}" for c in checks))
    for lang in sorted(pairs):
        total = sum(n for (language, _), n in errors.items() if language == lang)
        print(f"en-{lang:<3} {pairs[lang]:>6} {total:>7} {total / pairs[lang]:>7.2f}  "
              + "  ".join(f"{errors[(lang, c)]:>12}" for c in checks))
    every = sum(errors.values())
    print(f"all    {sum(pairs.values()):>6} {every:>7} {every / max(1, sum(pairs.values())):>7.2f}; "
          f"{sum(failed.values())} pairs not aligned; {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
