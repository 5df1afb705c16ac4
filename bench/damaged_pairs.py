"""Damage real translations the way real ones are damaged, and count the pairs the aligner gets wrong.

    python bench/damaged_pairs.py ../shared/corpus/unxml/79session [--lang fr] [--limit 120]

For each resolution with at least four operative paragraphs, the translation
loses one operative paragraph (up to ``--per`` places) and the later ones
are numbered one less, as a real deletion looks; or loses one footnote, the
later ones and their calls numbered one less; or has two operative
paragraphs made one, the later ones numbered one less; or has two
neighbouring operative paragraphs in the other order, numbered in order.  The aligner
then pairs the English with it; each English unit is checked against the
translation unit it should be paired with.  Reported: the pairs that are
right, wrong (a TU of the wrong paragraph), or left unpaired; how many wrong
pairs the TMX files written by default would still hold (their confidence
at ``--min-confidence`` or above) and how many right ones are set apart for
review; and how many damaged documents got the warning that says what
happened.  Some originals already pair a unit with another number (the
Chinese footnotes follow the calls in the order Chinese puts them, so the
English FN7 is the Chinese FN8): where the aligner pairs the undamaged
translation so, that pairing is the truth the damage is laid over, and
``--show`` prints each such pair, to be read by eye.  The documents
are the UN's (source: United Nations).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align import doubt  # noqa: E402
from align.aligner import align_documents  # noqa: E402
from align.batch import plan  # noqa: E402
from align.errors import UntmError  # noqa: E402
from align.memory import MIN_CONFIDENCE  # noqa: E402
from align.model import Document, FootnoteCall  # noqa: E402
from align.reading import read_document  # noqa: E402
from align.srx import default_rules  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.9)  # --min-confidence values whose trade-off is reported
_OP = re.compile(r"^OP(\d+)(?=$|[(.])")
_FN = re.compile(r"^FN(\d+)$")
_SCORED = re.compile(r"^(?:OP\d+(?=$|[(.])|FN\d+$)")


def without_paragraph(document: Document, number: int, label: str = "OP") -> tuple[Document, dict[str, str]]:
    """The document with OP``number`` (and its sub-units) gone, the later ones numbered one less;
    and, for each id of the original, the id its text now has.  ``label="ART"`` does it to an article."""
    numbered = re.compile(rf"^{label}(\d+)(?=$|[(.])")
    kept, truth = [], {}
    for unit in document.units:
        match = numbered.match(unit.id)
        if match and int(match.group(1)) == number:
            continue
        uid = unit.id
        if match and int(match.group(1)) > number:
            uid = f"{label}{int(match.group(1)) - 1}" + unit.id[match.end():]
        truth[unit.id] = uid
        kept.append(replace(unit, id=uid))
    return replace(document, units=tuple(kept)), truth


def merged(document: Document, number: int) -> tuple[Document, dict[str, str]]:
    """OP``number`` and the paragraph after it made one (the second's text after the first's), the
    later ones numbered one less; the original's OP``number + 1`` has no unit of its own."""
    units = list(document.units)
    first = next(i for i, u in enumerate(units) if u.id == f"OP{number}")
    second = next((i for i, u in enumerate(units) if u.id == f"OP{number + 1}"), None)
    if second is None:
        return document, {u.id: u.id for u in units}
    joined = replace(units[first], text=f"{units[first].text} {units[second].text}",
                     calls=units[first].calls + tuple(FootnoteCall(c.number, c.offset + len(units[first].text) + 1)
                                                      for c in units[second].calls))
    kept, truth = [], {}
    for index, unit in enumerate(units):
        match = _OP.match(unit.id)
        if index == second or (match and int(match.group(1)) == number + 1):
            continue  # its text is in the merged paragraph; its sub-paragraphs go with it
        uid = unit.id
        if match and int(match.group(1)) > number + 1:
            uid = f"OP{int(match.group(1)) - 1}" + unit.id[match.end():]
        truth[unit.id] = uid
        kept.append(joined if index == first else replace(unit, id=uid))
    return replace(document, units=tuple(kept)), truth


def swapped(document: Document, number: int) -> tuple[Document, dict[str, str]]:
    """OP``number`` and the paragraph after it in the other order (each with its sub-paragraphs), numbered
    in order: the translation's OP``number`` holds the original's OP``number + 1``, and the other way round."""
    first, second = f"OP{number}", f"OP{number + 1}"

    def family(unit) -> str | None:
        match = _OP.match(unit.id)
        return match and match.group(0)

    before = [u for u in document.units if family(u) == first]
    after = [u for u in document.units if family(u) == second]
    if not before or not after:
        return document, {u.id: u.id for u in document.units}
    truth = {u.id: u.id for u in document.units}
    truth.update({u.id: second + u.id[len(first):] for u in before})
    truth.update({u.id: first + u.id[len(second):] for u in after})
    units, placed = [], False
    for unit in document.units:
        if family(unit) in (first, second):
            if not placed:
                units += [replace(u, id=truth[u.id]) for u in after + before]
                placed = True
            continue
        units.append(unit)
    return replace(document, units=tuple(units)), truth


def without_footnote(document: Document, number: int) -> tuple[Document, dict[str, str]]:
    kept, truth = [], {}
    for unit in document.units:
        match = _FN.match(unit.id)
        if match and int(match.group(1)) == number:
            continue
        uid = f"FN{int(match.group(1)) - 1}" if match and int(match.group(1)) > number else unit.id
        calls = tuple(FootnoteCall(c.number - 1 if c.number > number else c.number, c.offset)
                      for c in unit.calls if c.number != number)
        truth[unit.id] = uid
        kept.append(replace(unit, id=uid, calls=calls))
    return replace(document, units=tuple(kept)), truth


def own_order(english: Document, other: Document, rules, show: bool = False) -> tuple[dict[str, str], set[str]]:
    """For each English unit the undamaged translation pairs with a unit of another id, with confidence
    enough for the memory, that unit's id; and the English units it pairs below that confidence, whose
    right translation the bench cannot know (two footnotes the Chinese has in the other order, each paired
    with the other by number and set apart)."""
    moved, doubtful, id_of = {}, set(), {}
    text_of = {unit.id: unit.text for unit in other.units}
    for unit in other.units:  # the aligner renames the units it re-pairs: its text says which one it is
        id_of.setdefault(unit.text, unit.id)  # (of two alike, either: a pair is scored by its text)
    for pair in align_documents(english, other, rules).pairs:
        uid = pair.paired and pair.target.unit.text != text_of.get(pair.unit_id) and id_of.get(pair.target.unit.text)
        if pair.paired and pair.confidence < MIN_CONFIDENCE and _SCORED.match(pair.unit_id):
            doubtful.add(pair.unit_id)
        elif uid and uid != pair.unit_id and pair.confidence >= MIN_CONFIDENCE:
            moved[pair.unit_id] = uid
            if show:
                print(f"  undamaged {other.path} {pair.unit_id} -> {uid} {pair.confidence:.2f}\n"
                      f"    {pair.source.unit.text[:150]}\n    {pair.target.unit.text[:150]}", file=sys.stderr)
    return moved, doubtful


def score(english: Document, damaged: Document, truth: dict[str, str], rules, counts: Counter,
          show: bool = False, units: re.Pattern[str] = _SCORED, unknown: frozenset[str] = frozenset()) -> None:
    """Counts the pairs of the units ``units`` matches (operative paragraphs and footnotes) right and wrong,
    but those of ``unknown``, whose right translation is not known."""
    alignment = align_documents(english, damaged, rules)
    text_of = {u.id: u.text for u in damaged.units}
    for pair in alignment.pairs:
        if pair.source is None or not units.match(pair.unit_id) or pair.unit_id in unknown:
            continue
        expected = truth.get(pair.unit_id)  # the damaged id of the right text, or None: it was deleted
        if pair.target is None:
            counts["unpaired (right)" if expected is None else "unpaired (should be paired)"] += 1
        elif expected is not None and pair.target.unit.text == text_of.get(expected):
            counts["right"] += 1
            counts["right, set apart for review"] += pair.confidence < MIN_CONFIDENCE
            for threshold in THRESHOLDS:
                counts[f"right under {threshold}"] += pair.confidence < threshold
        else:
            counts["WRONG"] += 1
            # what the default TMX files would hold of it: the paragraph TU, a sentence TU
            counts["WRONG in the paragraph TMX"] += pair.confidence >= MIN_CONFIDENCE
            if show and pair.confidence >= MIN_CONFIDENCE:
                print(f"  {damaged.path} {pair.unit_id} {pair.confidence:.2f}\n    {pair.source.unit.text[:150]}\n"
                      f"    {pair.target.unit.text[:150]}\n    should be: {text_of.get(expected, '(none)')[:150]}",
                      file=sys.stderr)
            counts["WRONG in the sentence TMX"] += any(link.confidence >= MIN_CONFIDENCE for link in pair.links)
            for threshold in THRESHOLDS:
                counts[f"WRONG at {threshold} or more"] += pair.confidence >= threshold
    counts["said"] += any("numbered by content" in w for w in alignment.target.warnings)
    counts["documents with a wrong pair in the default TMX"] += any(
        p.source is not None and p.target is not None and p.confidence >= MIN_CONFIDENCE
        and p.target.unit.text != text_of.get(truth.get(p.unit_id, ""))
        and units.match(p.unit_id) and p.unit_id not in unknown for p in alignment.pairs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--per", type=int, default=3, help="damaged copies per document and kind")
    parser.add_argument("--kinds", default="paragraph,footnote,merge,swap", help="the kinds of damage to make")
    parser.add_argument("--show", action="store_true", help="print each wrong pair the default TMX would hold")
    parser.add_argument("--rival-margin", type=float, default=doubt.RIVAL_MARGIN,
                        help="align.doubt.RIVAL_MARGIN, to measure its trade-off (99: off)")
    parser.add_argument("--crossed-margin", type=float, default=doubt.CROSSED_MARGIN,
                        help="align.doubt.CROSSED_MARGIN, to measure its trade-off (99: off)")
    args = parser.parse_args()
    rules = default_rules()
    doubt.RIVAL_MARGIN, doubt.CROSSED_MARGIN = args.rival_margin, args.crossed_margin
    results = {kind: Counter() for kind in ("paragraph", "footnote", "merge", "swap")}
    undamaged = Counter()
    for task in list(plan(args.folder, "en", args.lang).tasks())[: args.limit]:
        english, other = read_document(task.source), read_document(task.target)
        truth_ids = set(other.ids())
        ops = sorted({int(m.group(1)) for uid in truth_ids if (m := re.match(r"^OP(\d+)$", uid))})
        fns = sorted({int(m.group(1)) for uid in truth_ids if (m := _FN.match(uid))})
        kinds = (("paragraph", ops, without_paragraph), ("footnote", fns, without_footnote), ("merge", ops[:-1], merged),
                 ("swap", ops[:-1], swapped))
        moved = None
        for kind, numbers, damage in kinds:
            if kind not in args.kinds.split(",") or len(numbers) < 4 or set(english.ids()) != truth_ids:
                continue
            if moved is None:
                moved, doubtful = own_order(english, other, rules, args.show)
                undamaged["pairs the original already numbers otherwise"] += len(moved)
                undamaged["pairs set apart, not scored"] += len(doubtful)
            step = max(1, len(numbers) // args.per)
            for number in numbers[::step][: args.per]:
                damaged, truth = damage(other, number)
                truth = {uid: truth.get(moved.get(uid, uid)) for uid in english.ids()}
                results[kind]["documents"] += 1
                try:
                    score(english, damaged, truth, rules, results[kind], args.show, unknown=frozenset(doubtful))
                except UntmError:
                    results[kind]["refused"] += 1
    for kind, counts in results.items():
        if not counts:
            continue
        what = {"merge": "two paragraphs merged", "swap": "two paragraphs swapped"}.get(kind, f"{kind} deleted")
        print(f"{what}: " + ", ".join(f"{key} {value}" for key, value in sorted(counts.items())))
    print("undamaged: " + ", ".join(f"{key} {value}" for key, value in sorted(undamaged.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
