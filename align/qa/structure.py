from __future__ import annotations

from ..model import Severity
from .base import Check, head


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
        for index, pair in enumerate(pairs):
            if pair.paired or head(pair.unit_id) in said:
                continue
            if pair.source is not None:
                merged = _merged_into(pairs, index, alignment.length_ratio)
                where = f"; its text seems merged into {merged}" if merged else ""
                yield self.finding(pair.unit_id, f"{pair.unit_id} of the original is missing from the translation{where}; "
                                   "add it, or split the merged unit", source=pair.source.unit.text)
            else:
                split = _split_from(pairs, index, alignment.length_ratio)
                where = f"; it seems split from {split}" if split else ""
                yield self.finding(pair.unit_id, f"{pair.unit_id} of the translation has no counterpart in the original"
                                   f"{where}; remove it, or join it to the unit it belongs to", target=pair.target.unit.text)
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


def _merged_into(pairs, index, ratio) -> str | None:
    """The paired neighbour whose translation is long enough to hold this unit too."""
    missing = len(pairs[index].source.unit.text)
    for step in (-1, 1, -2, 2):
        j = index + step
        if 0 <= j < len(pairs) and pairs[j].paired:
            source_len = len(pairs[j].source.unit.text)
            target_len = len(pairs[j].target.unit.text)
            if target_len > 1.5 * ratio * source_len and target_len > 0.5 * ratio * (source_len + missing):
                return pairs[j].unit_id
    return None


def _split_from(pairs, index, ratio) -> str | None:
    """The paired neighbour whose translation is too short, as if this unit had been cut from it."""
    for step in (-1, 1):
        j = index + step
        if 0 <= j < len(pairs) and pairs[j].paired:
            source_len = len(pairs[j].source.unit.text)
            target_len = len(pairs[j].target.unit.text)
            extra = len(pairs[index].target.unit.text)
            if target_len < 0.67 * ratio * source_len and target_len + extra > 0.67 * ratio * source_len:
                return pairs[j].unit_id
    return None
