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

from align.reading import read_document  # noqa: E402
from align.srx import default_rules  # noqa: E402
from damaged_pairs import score, without_paragraph  # noqa: E402

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
            score(english, damaged, truth, rules, counts, units=_ARTICLE)
        print(f"{language}: " + ", ".join(f"{key} {value}" for key, value in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
