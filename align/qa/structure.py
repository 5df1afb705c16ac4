from __future__ import annotations

from ..doubt import UNSURE
from ..model import Severity
from .base import Check
from .held import left_alone

class StructureCheck(Check):
    id = "structure"
    severity = Severity.ERROR
    description = ("Units missing from or added to the translation, merged or split units, "
                   "numbering gaps and repeats; preambular paragraphs are matched by alignment.")

    def run(self, context):
        alignment = context.alignment
        pairs = alignment.pairs
        for repair in alignment.repairs:
            yield self._cause(repair, alignment)
        found = context.held  # of the units left alone but those a cause names (with their sub-paragraphs)
        taken = set(found.same.values())
        run: list[int] = []  # units missing or added one after the other: one finding for each side
        for index in left_alone(alignment):
            pair = pairs[index]
            uid = pair.unit_id
            alone = uid not in found.same and uid not in found.merged and uid not in found.split \
                and not (pair.source is not None and _unsure_neighbours(pairs, index)) \
                and (pair.source is not None or uid not in taken)
            if run and (not alone or index != run[-1] + 1):  # the run before is over: said before what follows
                yield from self._runs(pairs, run, found.hints)
                run = []
            if alone:
                run.append(index)
            elif uid in found.same:
                other = found.same[uid]
                yield self.finding(uid, f"original {uid} and translation {other} hold the same text under other "
                                   "numbers or markup; number and mark up the translation as the original is",
                                   source=pair.source.unit.text, target=_text(pairs, other),
                                   severity=Severity.WARNING, units=(uid, other))
            elif uid in found.merged:
                yield self.finding(uid, f"{uid} of the original has no unit of its own in the translation: its text "
                                   f"is in the translation of {found.merged[uid]}; split it there",
                                   source=pair.source.unit.text, severity=Severity.WARNING,
                                   units=(uid, found.merged[uid]))
            elif uid in found.split:
                yield self.finding(uid, f"{uid} of the translation has no unit of its own in the original: its text "
                                   f"translates part of {found.split[uid]}; join it to that unit",
                                   target=pair.target.unit.text, severity=Severity.WARNING,
                                   units=(uid, found.split[uid]))
            elif pair.source is not None:  # missing, between two neighbours that read alike
                yield self._missing(pairs, [index], found.hints.get(uid))
        yield from self._runs(pairs, run, found.hints)
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

    def _runs(self, pairs, run: list[int], hints: dict[str, str]):
        """Units left alone one after the other (a block the translation lacks, or has instead): one finding for
        the original's units missing and one for the translation's added, for each neighbour they seem merged
        into or split from, as a reviewer mends them at once (the Russian 79/93 A lacks items (a) to (f):
        one error, not eleven)."""
        missing = [i for i in run if pairs[i].source is not None]
        for group in _by_hint(pairs, missing, hints):
            yield self._missing(pairs, group, hints.get(pairs[group[0]].unit_id))
        for group in _by_hint(pairs, [i for i in run if pairs[i].source is None], hints):
            hint = hints.get(pairs[group[0]].unit_id)
            where = f"; {_they(group, 'it seems', 'they seem')} split from {hint}" if hint else ""
            it = _they(group, "it", "them")
            yield self.finding(pairs[group[0]].unit_id, f"{_named(pairs, group)} of the translation "
                               f"{_they(group, 'has', 'have')} no counterpart in the original{where}; remove {it}, "
                               f"or join {it} to the unit {_they(group, 'it belongs', 'they belong')} to",
                               target="\n".join(pairs[i].target.unit.text for i in group), units=_units(pairs, group))

    def _missing(self, pairs, group: list[int], merged: str | None):
        """Original units with no translation, nor their text anywhere in the translation: an error, naming the
        neighbour whose length says it may hold them (``merged``), and, for one unit, the neighbours whose pair
        the content cannot confirm."""
        uid, text = pairs[group[0]].unit_id, "\n".join(pairs[i].source.unit.text for i in group)
        where = f"; {_they(group, 'its text seems', 'their text seems')} merged into {merged}" if merged else ""
        unsure = _unsure_neighbours(pairs, group[0]) if len(group) == 1 else ()
        if unsure:  # which of two neighbours that read alike is the missing one, the content cannot say
            others = " or ".join(unsure)
            return self.finding(uid, f"{uid} of the original is missing from the translation, or {others} is (the "
                                f"content cannot confirm the pair of {others}){where}; add the one missing, or split "
                                "the merged unit", source=text, units=(uid, *unsure))
        if len(group) == 1:
            return self.finding(uid, f"{uid} of the original is missing from the translation{where}; "
                                "add it, or split the merged unit", source=text)
        return self.finding(uid, f"{_named(pairs, group)} of the original are missing from the translation{where}; "
                            "add them, or split the merged unit", source=text, units=_units(pairs, group))

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


def _text(pairs, uid: str) -> str:
    return next(pair.target.unit.text for pair in pairs if pair.unit_id == uid and pair.target is not None)


def _by_hint(pairs, indices: list[int], hints: dict[str, str]) -> list[list[int]]:
    """Units one after the other cut where the neighbour they seem merged into (or split from) changes."""
    groups: list[list[int]] = []
    for index in indices:
        if groups and hints.get(pairs[groups[-1][-1]].unit_id) == hints.get(pairs[index].unit_id):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _named(pairs, group: list[int]) -> str:
    """``PP3``; ``meeting and date``; ``A.OP(a) to A.OP(f) (11 units)``."""
    ids = [pairs[i].unit_id for i in group]
    if len(ids) == 1:
        return ids[0]
    if len(ids) == 2:
        return f"{ids[0]} and {ids[1]}"
    return f"{ids[0]} to {ids[-1]} ({len(ids)} units)"


def _units(pairs, group: list[int]) -> tuple[str, ...]:
    return tuple(pairs[i].unit_id for i in group) if len(group) > 1 else ()


def _they(group: list[int], one: str, several: str) -> str:
    return one if len(group) == 1 else several
