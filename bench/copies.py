"""How much of each official translation the copy detector takes for the original left untranslated.

    python bench/copies.py ../shared/corpus/unxml/79session [--limit N]

Every resolution of a UNxml session folder, English against each other
language, every paired unit and sentence: the highest copied share found,
and the units and sentences over the threshold (false alarms, since these
are the UN's own translations).  Then the same pairs with the translation
replaced by the original in half of its sentences, to show what is caught.
The data are the UN's own Akoma Ntoso files (UNxml/GAresolutions, DGACM):
source, United Nations.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.copies import COPIED, copied, copied_share, words  # noqa: E402
from session import aligned  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    units = sentences = 0
    alarms: list[tuple[float, str, str, str]] = []
    caught = halves = 0
    started = time.perf_counter()
    for lang, _, stem, alignment in aligned(args.folder, args.limit):
        for pair in alignment.pairs:
            if not pair.paired:
                continue
            source, target = pair.source.unit.text, pair.target.unit.text
            units += 1
            if copied(source, target):
                alarms.append((copied_share(source, target), f"{stem} {lang} {pair.unit_id}", source, target))
            for sentence in pair.target.sentences:
                sentences += 1
                if copied(source, sentence.text):
                    alarms.append((copied_share(source, sentence.text), f"{stem} {lang} {pair.unit_id} sentence",
                                   source, sentence.text))
            # damage: the original's first half of sentences in place of the translation's
            src = pair.source.sentences
            if len(src) >= 2 and len(words(source)) >= 16:
                half = " ".join(s.text for s in src[: len(src) // 2 + 1])
                rest = " ".join(s.text for s in pair.target.sentences[len(pair.target.sentences) // 2 + 1:])
                halves += 1
                caught += any(copied(source, part) for part in (half + " " + rest, half))
    elapsed = time.perf_counter() - started
    def count(footnotes: bool, in_sentences: bool) -> int:
        return sum((" FN" in where) == footnotes and where.endswith(" sentence") == in_sentences
                   for _, where, _, _ in alarms)

    print(f"{units} paired units, {sentences} sentences of official translations; taken for copies "
          f"(share >= {COPIED}, or the same text): {count(False, False)} units and {count(False, True)} "
          f"sentences outside footnotes; {count(True, False)} footnotes (citations kept as published)")
    print(f"half-copied units made on purpose: {caught} of {halves} caught")
    print(f"{elapsed:.0f} s")
    for share, where, source, target in sorted(alarms, reverse=True)[: args.show]:
        print(f"{share:.2f} {where}\n  en: {source[:160]}\n  xx: {target[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
