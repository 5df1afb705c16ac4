from __future__ import annotations

from ..anchors import text_anchors
from ..doubt import UNSURE
from ..lexicon import Lexicon, lexicon
from ..model import Severity
from .base import Check, head

HELD = 0.45  # the share of a unit's known words translated in another unit for that unit to hold its text
HELD_WORDS = 2  # known words, at least, for the share to say anything (a heading of one word says nothing)
GAIN = 0.02  # the share of a pair's words the unit left alone must translate besides (see _gain)
LONGER = 1.2  # how much longer than its original asks a translation must be to hold a neighbour's text too
MUTUAL = 0.5  # the share of known words translated, each way, for two units left alone to hold the same text
NEAR = 3  # places, each way, where a unit left alone is looked for in the other version


class StructureCheck(Check):
    id = "structure"
    severity = Severity.ERROR
    description = ("Units missing from or added to the translation, merged or split units, "
                   "numbering gaps and repeats; preambular paragraphs are matched by alignment.")

    def run(self, context):
        alignment = context.alignment
        pairs = alignment.pairs
        said: set[str] = set()  # units a cause names (with their sub-paragraphs): not reported again one by one
        for repair in alignment.repairs:
            yield self._cause(repair, alignment)
            said.update(repair.missing + repair.extra)
        languages = (alignment.source.language, alignment.target.language)
        words = lexicon(*languages)
        left = [index for index, pair in enumerate(pairs) if not pair.paired and head(pair.unit_id) not in said]
        same = _same_text(pairs, left, words, languages)  # original left alone -> translation left alone
        for index in left:
            pair = pairs[index]
            if pair.source is not None and pair.unit_id in same:
                other = same[pair.unit_id]
                yield self.finding(pair.unit_id, f"original {pair.unit_id} and translation {other.unit_id} hold the "
                                   "same text under other numbers or markup; number and mark up the translation as "
                                   "the original is", source=pair.source.unit.text, target=other.target.unit.text,
                                   severity=Severity.WARNING, units=(pair.unit_id, other.unit_id))
            elif pair.source is not None:
                yield self._missing(pairs, index, alignment.length_ratio, words)
            elif all(other is not pair for other in same.values()):
                yield self._extra(pairs, index, alignment.length_ratio, words)
        repaired = {repair.message for repair in alignment.repairs}
        noted = {side: {warning.split(": ", 1)[-1] for warning in document.warnings}
                 for document, side in ((alignment.source, "original"), (alignment.target, "translation"))}
        for document, side in ((alignment.source, "original"), (alignment.target, "translation")):
            other = noted["translation" if side == "original" else "original"]
            for warning in document.warnings:
                text = warning.split(": ", 1)[-1]
                if text in repaired:  # a cause, said above
                    continue
                # how a version was read is a warning where the translation alone reads so; a note where the
                # original does (its reviewer did not write it), or both do alike ("unnumbered paragraph after
                # OP19" in each: the versions agree)
                alone = side == "translation" and text not in other
                yield self.finding("document", f"{side}: {warning}; check the text there",
                                   severity=Severity.WARNING if alone else Severity.INFO)

    def _missing(self, pairs, index, ratio, words):
        """An original unit with no translation: a warning where its text is run into a neighbour's translation,
        an error where it is not."""
        pair = pairs[index]
        uid, text = pair.unit_id, pair.source.unit.text
        merged, held = _merged_into(pairs, index, ratio, words)
        if held:
            return self.finding(uid, f"{uid} of the original has no unit of its own in the translation: its text is "
                                f"in the translation of {merged}; split it there", source=text,
                                severity=Severity.WARNING, units=(uid, merged))
        where = f"; its text seems merged into {merged}" if merged else ""
        unsure = _unsure_neighbours(pairs, index)
        if unsure:  # which of two neighbours that read alike is the missing one, the content cannot say
            others = " or ".join(unsure)
            return self.finding(uid, f"{uid} of the original is missing from the translation, or {others} is (the "
                                f"content cannot confirm the pair of {others}){where}; add the one missing, or split "
                                "the merged unit", source=text, units=(uid, *unsure))
        return self.finding(uid, f"{uid} of the original is missing from the translation{where}; "
                            "add it, or split the merged unit", source=text)

    def _extra(self, pairs, index, ratio, words):
        """A translation unit with no original: a warning where its text translates part of a neighbour's
        original (the translation split a unit the original keeps whole), an error where it does not."""
        pair = pairs[index]
        uid, text = pair.unit_id, pair.target.unit.text
        split, held = _split_from(pairs, index, ratio, words)
        if held:
            return self.finding(uid, f"{uid} of the translation has no unit of its own in the original: its text "
                                f"translates part of {split}; join it to that unit", target=text,
                                severity=Severity.WARNING, units=(uid, split))
        where = f"; it seems split from {split}" if split else ""
        return self.finding(uid, f"{uid} of the translation has no counterpart in the original{where}; "
                            "remove it, or join it to the unit it belongs to", target=text)

    def _cause(self, repair, alignment):
        """One finding for a renumbering and what it found missing, merged or split: an error when the
        versions differ in content, a warning when only the numbers do.  Its ``units`` are those where its
        symptoms show: the units missing, and those paired with a merged or a split translation (the units it
        re-paired are now paired with their own translation: what differs there is a difference of its own);
        for footnotes, the units that call them and the footnote count of the document."""
        lost = repair.missing or repair.extra
        units = repair.missing + repair.joined + repair.doubtful
        if repair.units and repair.units[0].startswith("FN"):
            numbers = {int(uid[2:]) for uid in repair.units if uid[2:].isdigit()}
            calling = [p.unit_id for p in alignment.pairs for side in (p.source, p.target)
                       if side is not None and any(c.number in numbers for c in side.unit.calls)]
            units = units + tuple(dict.fromkeys(calling)) + ("document",)
            advice = "give the translation every footnote of the original, and call each where the original does"
            if repair.reordered:  # a translation's word order puts its calls: a note, for the reviewer to read
                return self.finding(repair.units[0], f"{repair.message}; check that each call stands by the words "
                                    "its footnote belongs to", severity=Severity.INFO, units=units)
        else:
            advice = ("make the translation hold every paragraph of the original, once, under its number" if lost
                      else "number the translation as the original is numbered")
        return self.finding(repair.units[0] if repair.units else "document", f"{repair.message}; {advice}",
                            severity=Severity.ERROR if lost else Severity.WARNING, units=units)


def _unsure_neighbours(pairs, index: int) -> tuple[str, ...]:
    """The paired units next to a missing one whose pair the content cannot confirm (a confidence of
    ``doubt.UNSURE`` or less): a preambular paragraph lost between two that read alike leaves the aligner
    unable to say which is gone, and it pairs one translation with the wrong original and sets it apart."""
    return tuple(pairs[j].unit_id for j in (index - 1, index + 1)
                 if 0 <= j < len(pairs) and pairs[j].paired and pairs[j].confidence <= UNSURE)


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
    translated each way, and either the same numbers and symbols or ``HELD_WORDS`` known words on each side
    ("a See A/79/555." and "انظر A/79/555."; "Priority area 5: Means of implementation." and "Esfera
    prioritaria 5: Medios de implementación")."""
    if words is None:
        return False
    forward, backward, _ = words.coverage(source, target)
    if forward is None or backward is None or min(forward, backward) < MUTUAL:
        return False
    anchors = text_anchors(source, languages[0])
    if anchors and anchors == text_anchors(target, languages[1]):
        return True
    return min(words.known(source, True), words.known(target, False)) >= HELD_WORDS


def _same_text(pairs, left: list[int], words: Lexicon | None, languages: tuple[str, str]) -> dict:
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
                found[pairs[index].unit_id] = pairs[j]
                taken.add(j)
                break
    return found


def _gain(words: Lexicon, source: str, target: str, more_source: str, more_target: str, way: int) -> float:
    """How much more of a pair's words (the translation's, ``way`` 1; the original's, 0) are translated once
    the unit left alone is read with it: a neighbour that only shares its words (two preambular paragraphs on
    one subject) explains none of the pair's own words, a unit run into the pair explains those it brought."""
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
        source_len, target_len = len(pairs[j].source.unit.text), len(pairs[j].target.unit.text)
        source, target = pairs[j].source.unit.text, pairs[j].target.unit.text
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
        source_len, target_len = len(pairs[j].source.unit.text), len(pairs[j].target.unit.text)
        source, target = pairs[j].source.unit.text, pairs[j].target.unit.text
        if LONGER * target_len < ratio * source_len and _translated(extra, source, words, False) \
                and _gain(words, source, target, source, f"{target} {extra}", 0) >= GAIN:
            return pairs[j].unit_id, True
        if by_length is None and abs(j - index) == 1 and target_len < 0.67 * ratio * source_len \
                and target_len + len(extra) > 0.67 * ratio * source_len:
            by_length = pairs[j].unit_id
    return by_length, False
