"""Damage the Universal Declaration of Human Rights as real translations are damaged, and count.

    python bench/damaged_udhr.py ../shared/corpus/udhr

For each of the five other languages, the translation loses one article
(3, 8, 13, 19 or 25, with its paragraphs) and the later ones are numbered
one less; the English is aligned with it, and each English article's units
are checked against the translation units they should be paired with, as
``damaged_pairs.py`` does for resolutions: right, wrong, wrong and still in
the TMX files written by default (confidence 0.5 or more), left unpaired,
and in how many documents the warning says what happened.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.aligner import align_documents  # noqa: E402
from align.memory import MIN_CONFIDENCE  # noqa: E402
from align.reading import read_document  # noqa: E402
from align.srx import default_rules  # noqa: E402
from damaged_pairs import without_paragraph  # noqa: E402

SYMBOL = "A/RES/217(III)"
_ARTICLE = re.compile(r"^ART(\d+)(?=$|[.(])")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    rules = default_rules()
    english = read_document(args.folder / "udhr.en.txt", symbol=SYMBOL)
    for language in ("fr", "es", "ru", "ar", "zh"):
        other, counts = read_document(args.folder / f"udhr.{language}.txt", symbol=SYMBOL), Counter()
        for number in (3, 8, 13, 19, 25):
            damaged, truth = without_paragraph(other, number, label="ART")
            alignment = align_documents(english, damaged, rules)
            text_of = {u.id: u.text for u in damaged.units}
            counts["said"] += any("numbered by content" in w for w in alignment.target.warnings)
            for pair in alignment.pairs:
                if pair.source is None or not _ARTICLE.match(pair.unit_id):
                    continue
                expected = truth.get(pair.unit_id)
                if pair.target is None:
                    counts["unpaired (right)" if expected is None else "unpaired (should be paired)"] += 1
                elif expected is not None and pair.target.unit.text == text_of.get(expected):
                    counts["right"] += 1
                else:
                    counts["WRONG"] += 1
                    counts["WRONG in the TMX"] += pair.confidence >= MIN_CONFIDENCE
        print(f"{language}: " + ", ".join(f"{key} {value}" for key, value in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
