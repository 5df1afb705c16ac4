"""Where the other version holds the text of a unit left alone, by what their words say.

The structure of two versions can differ where their text does not: a heading
one version runs into the paragraph after it, items into their lead-in, a
paragraph cut in two, a footnote numbered 2 where the original has 1.  A
unit left alone (with no unit of its own opposite) whose text the other
version holds all the same is no omission: the structure check says so as
a warning, and the checks of numbers and dates read it with the pair that
holds it, so that the numbers of a heading run into a paragraph are not
taken for the paragraph's extras.

Three ways, each by the lexicon's evidence (``lexicon``), none without one
(German, say):

* **merged**: an original unit's words are translated in a neighbouring
  pair's translation, which is longer than its own original asks, and
  which the unit (with the units left alone between them) explains more of;
* **split**: a translation unit's words translate part of a neighbouring
  pair's original, whose translation is shorter than it asks, and which the
  unit completes;
* **same**: an original unit and a translation unit, both left alone within
  ``NEAR`` places, translate each other both ways.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..anchors import text_anchors
from ..lexicon import Lexicon, lexicon
from ..model import Alignment, unit_head

HELD = 0.45  # the share of a unit's known words translated in another unit for that unit to hold its text
HELD_WORDS = 2  # known words, at least, for the share to say anything (a heading of one word says nothing)
GAIN = 0.02  # the share of a pair's words the unit left alone must translate besides (see _gain)
LONGER = 1.2  # how much longer (shorter) than its original asks a translation must be to hold (lack) a neighbour's text
MUTUAL = 0.5  # the share of known words translated, each way, for two units left alone to hold the same text
NEAR = 3  # places, each way, where a unit left alone is looked for in the other version


@dataclass(frozen=True)
class Held:
    """Of an alignment's units left alone, where the other version holds their text, by unit id."""

    merged: dict[str, str]  # original unit -> the pair whose translation holds it
    split: dict[str, str]  # translation unit -> the pair whose original holds it
    same: dict[str, str]  # original unit -> the translation unit that holds the same text
    hints: dict[str, str]  # unit left alone -> the neighbour whose length alone says it may hold it


def left_alone(alignment: Alignment) -> list[int]:
    """The places of the units left alone that no repair of renumbering names already (with its sub-units):
    those whose text may be held elsewhere."""
    said = {uid for repair in alignment.repairs for uid in repair.missing + repair.extra}
    return [index for index, pair in enumerate(alignment.pairs) if not pair.paired and unit_head(pair.unit_id) not in said]


def held(alignment: Alignment) -> Held:
    """Where the other version holds the text of each unit left alone (``left_alone``); the checks take it,
    found once, from ``QaContext.held``."""
    pairs = alignment.pairs
    left = left_alone(alignment)
    languages = (alignment.source.language, alignment.target.language)
    words = lexicon(*languages)
    same = _same_text(pairs, left, words, languages)
    taken = set(same.values())
    merged, split, hints = {}, {}, {}
    for index in left:
        pair = pairs[index]
        if pair.unit_id in same or pair.unit_id in taken:
            continue
        holder, by_words = (_merged_into if pair.source is not None else _split_from)(
            pairs, index, alignment.length_ratio, words)
        if by_words:
            (merged if pair.source is not None else split)[pair.unit_id] = holder
        elif holder:
            hints[pair.unit_id] = holder
    return Held(merged, split, same, hints)


def compared(alignment: Alignment, found: Held) -> tuple[tuple[str, str, str], ...]:
    """(unit id, original text, translation text) of each pair of the alignment, its text read with the units
    left alone it holds (``found``: a heading run into it, a piece cut from it), and of each two units left
    alone that hold the same text: what the checks of numbers, dates and length compare."""
    by_id = {pair.unit_id: pair for pair in alignment.pairs}
    more_source: dict[str, list[str]] = {}
    more_target: dict[str, list[str]] = {}
    for uid, holder in found.merged.items():
        more_source.setdefault(holder, []).append(by_id[uid].source.unit.text)
    for uid, holder in found.split.items():
        more_target.setdefault(holder, []).append(by_id[uid].target.unit.text)
    rows = [(pair.unit_id, " ".join([pair.source.unit.text, *more_source.get(pair.unit_id, ())]),
             " ".join([pair.target.unit.text, *more_target.get(pair.unit_id, ())]))
            for pair in alignment.pairs if pair.paired]
    rows += [(uid, by_id[uid].source.unit.text, by_id[other].target.unit.text) for uid, other in found.same.items()]
    return tuple(rows)


def _translated(text: str, other: str, words: Lexicon | None, source: bool) -> bool:
    """Whether ``other``, a text of the other version, holds a translation of ``text`` (of the original when
    ``source``): ``HELD`` of its words the lexicon knows, ``HELD_WORDS`` of them at least, have a translation
    there.  Without a lexicon for the pair (German, say) nothing is taken as held."""
    if words is None or words.known(text, source) < HELD_WORDS:
        return False
    share = words.coverage(text, other)[0] if source else words.coverage(other, text)[1]
    return share is not None and share >= HELD


def _mutual(source: str, target: str, words: Lexicon | None, languages: tuple[str, str]) -> bool:
    """Whether two units left alone near each other translate each other: half their known words at least
    translated each way, the same numbers and symbols where either has any ("a See A/79/555." and "انظر
    A/79/555."; "Priority area 5: Means of implementation." and "Esfera prioritaria 5: Medios de
    implementación"), and where neither has, ``HELD_WORDS`` known words on each side."""
    if words is None:
        return False
    forward, backward, _ = words.coverage(source, target)
    if forward is None or backward is None or min(forward, backward) < MUTUAL:
        return False
    anchors, others = text_anchors(source, languages[0]), text_anchors(target, languages[1])
    if anchors or others:
        return anchors == others
    return min(words.known(source, True), words.known(target, False)) >= HELD_WORDS


def _same_text(pairs, left: list[int], words: Lexicon | None, languages: tuple[str, str]) -> dict[str, str]:
    """Each original unit left alone whose text a translation unit left alone within ``NEAR`` places holds (the
    nearest that does, each taken once): the same text under another number or markup."""
    found: dict = {}
    taken: set[int] = set()
    for index in left:
        if pairs[index].source is None:
            continue
        for j in sorted((j for j in left if pairs[j].target is not None and 0 < abs(j - index) <= NEAR),
                        key=lambda j: abs(j - index)):
            if j not in taken and _mutual(pairs[index].source.unit.text, pairs[j].target.unit.text, words, languages):
                found[pairs[index].unit_id] = pairs[j].unit_id
                taken.add(j)
                break
    return found


def _gain(words: Lexicon, source: str, target: str, more_source: str, more_target: str, way: int) -> float:
    """How much more of a pair's words (the translation's, ``way`` 1; the original's, 0) are translated once
    the unit left alone is read with it: a neighbour that only shares its words (two preambular paragraphs on
    one subject) explains few of the pair's own words besides, a unit run into the pair those it brought
    (``GAIN``, one word in fifty, is the least that counts)."""
    before, after = words.coverage(source, target)[way], words.coverage(more_source, more_target)[way]
    return (after or 0.0) - (before or 0.0)


def _paired_near(pairs, index: int):
    """The two paired units nearest each way, past the units left alone between: a run of sub-paragraphs
    missing from a translation that runs them into the paragraph before is as far from it as its length."""
    found = []
    for direction in (-1, 1):
        j, taken = index + direction, 0
        while 0 <= j < len(pairs) and taken < 2 and abs(j - index) <= 4 * NEAR:
            if pairs[j].paired:
                found.append((abs(j - index) + taken, j))
                taken += 1
            j += direction
    return [j for _, j in sorted(found)]


def _merged_into(pairs, index, ratio, words) -> tuple[str | None, bool]:
    """The paired neighbour whose translation seems to hold this unit too, and whether its words say so.  By
    length alone: a translation long enough to hold both (a hint, the unit may be merely missing).  By content:
    a translation longer than its own original asks, that translates most of this unit's words, and more of
    its own words once read with the units left alone between (``_gain``)."""
    missing = pairs[index].source.unit.text
    by_length = None
    for j in _paired_near(pairs, index):
        source, target = pairs[j].source.unit.text, pairs[j].target.unit.text
        source_len, target_len = len(source), len(target)
        # the units left alone between them run into it together (items (a) to (g) in their lead-in): they
        # are weighed together
        run = " ".join(pairs[k].source.unit.text for k in range(min(j, index), max(j, index) + 1)
                       if k != j and not pairs[k].paired and pairs[k].source is not None)
        if target_len > LONGER * ratio * source_len and _translated(missing, target, words, True) \
                and _gain(words, source, target, f"{source} {run}", target, 1) >= GAIN:
            return pairs[j].unit_id, True
        if by_length is None and abs(j - index) <= 2 and target_len > 1.5 * ratio * source_len \
                and target_len > 0.5 * ratio * (source_len + len(missing)):
            by_length = pairs[j].unit_id
    return by_length, False


def _split_from(pairs, index, ratio, words) -> tuple[str | None, bool]:
    """The paired neighbour whose translation seems cut short, as if this unit had been cut from it, and
    whether its words say so (its original translates most of this unit's words, and is longer than its own
    translation asks)."""
    extra = pairs[index].target.unit.text
    by_length = None
    for j in _paired_near(pairs, index):
        source, target = pairs[j].source.unit.text, pairs[j].target.unit.text
        source_len, target_len = len(source), len(target)
        if LONGER * target_len < ratio * source_len and _translated(extra, source, words, False) \
                and _gain(words, source, target, source, f"{target} {extra}", 0) >= GAIN:
            return pairs[j].unit_id, True
        if by_length is None and abs(j - index) == 1 and target_len < 0.67 * ratio * source_len \
                and target_len + len(extra) > 0.67 * ratio * source_len:
            by_length = pairs[j].unit_id
    return by_length, False
