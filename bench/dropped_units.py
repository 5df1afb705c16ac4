"""Take one unit out of real translations and count how often QA still calls it an error.

    python bench/dropped_units.py ../shared/corpus/unxml/79session [--lang fr] [--limit 60] [--per 3]

The structure check says a unit of the original is missing as an error, and
as a warning where the translation holds its text all the same (run into a
neighbour's translation, or under another number or markup).  Those
warnings are where it could hide a real omission: here a unit the aligner
pairs (a sub-paragraph, a heading, a preambular paragraph; the numbered
paragraphs and footnotes, whose loss renumbering reports, are left alone)
is taken out of the translation, its neighbours keeping their numbers, as a
translator who skipped a line leaves it.  Reported, for each language: how
many were reported as errors at that unit, as warnings (the text taken for
held elsewhere: a missed omission), as an error at another unit that
names it too (the neighbour the aligner took for it: "PP25 ..., or PP24
is"), or not at all.  Units are picked
evenly through each document, so the same ones every run.  The documents
are the UN's (source: United Nations).
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.aligner import align_documents  # noqa: E402
from align.batch import plan  # noqa: E402
from align.errors import USER_ERRORS  # noqa: E402
from align.model import Severity, UnitKind  # noqa: E402
from align.qa.base import QaContext  # noqa: E402
from align.qa.structure import StructureCheck  # noqa: E402
from align.reading import read_document  # noqa: E402
from align.srx import default_rules  # noqa: E402

_RENUMBERED = re.compile(r"^(?:.*\.)?(?:OP|FN)\d+$")  # a numbered paragraph or footnote: renumbering's to report


def candidates(document) -> list[str]:
    """The units whose loss is this bench's to measure."""
    return [u.id for u in document.units if u.kind is not UnitKind.TITLE and not _RENUMBERED.match(u.id)
            and u.text.strip()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", action="append", help="a language to pair with English (default: all five)")
    parser.add_argument("--limit", type=int, default=60, help="documents per language")
    parser.add_argument("--per", type=int, default=3, help="units taken out, one at a time, per document")
    parser.add_argument("--show", action="store_true", help="print each omission not reported as an error")
    args = parser.parse_args()
    rules, check, english = default_rules(), StructureCheck(), {}
    tally: Counter[tuple[str, str]] = Counter()
    for lang in args.lang or ["ar", "es", "fr", "ru", "zh"]:
        for task in itertools.islice(plan(args.folder, "en", lang).tasks(), args.limit):
            try:
                if task.stem not in english:
                    english[task.stem] = read_document(task.source)
                target = read_document(task.target)
                whole = align_documents(english[task.stem], target, rules)
            except USER_ERRORS:
                continue
            paired = {p.unit_id for p in whole.pairs if p.paired and p.confidence >= 0.5}
            ids = [uid for uid in candidates(target) if uid in paired]
            for uid in ids[:: max(1, len(ids) // args.per)][: args.per]:
                damaged = replace(target, units=tuple(u for u in target.units if u.id != uid))
                alignment = align_documents(english[task.stem], damaged, rules)
                said = [f for f in check.run(QaContext(alignment)) if uid in (f.unit, *f.units)]
                errors = [f for f in said if f.severity is Severity.ERROR]
                if any(f.unit == uid for f in errors):
                    tally[(lang, "error")] += 1
                elif errors:  # an error at another unit that names this one too ("PP25 ..., or PP24 is")
                    tally[(lang, "named")] += 1
                elif said:
                    tally[(lang, "warning")] += 1
                    if args.show:
                        print(f"{task.stem} {lang} {uid}: {said[0].message}")
                else:
                    tally[(lang, "unreported")] += 1
                    if args.show:
                        others = [f"{f.severity.value} {f.unit}" for f in check.run(QaContext(alignment))
                                  if f.severity is not Severity.INFO]
                        print(f"{task.stem} {lang} {uid}: not named; reported: {', '.join(others) or 'nothing'}")
    print(f"{'pair':<6} {'dropped':>8} {'error':>7} {'named':>6} {'warning':>8} {'unreported':>11}")
    for lang in sorted({lang for lang, _ in tally}):
        row = [tally[(lang, k)] for k in ("error", "named", "warning", "unreported")]
        print(f"en-{lang:<3} {sum(row):>8} {row[0]:>7} {row[1]:>6} {row[2]:>8} {row[3]:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
