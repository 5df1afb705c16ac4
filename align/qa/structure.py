from __future__ import annotations

from ..model import Severity
from .base import Check


class StructureCheck(Check):
    id = "structure"
    severity = Severity.ERROR
    description = ("Units missing from or added to the translation, merged or split units, "
                   "numbering gaps and repeats; preambular paragraphs are matched by alignment.")

    def run(self, context):
        alignment = context.alignment
        pairs = alignment.pairs
        for index, pair in enumerate(pairs):
            if pair.paired:
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
        for document, side in ((alignment.source, "original"), (alignment.target, "translation")):
            for warning in document.warnings:
                yield self.finding("document", f"{side}: {warning}; check the text there", severity=Severity.WARNING)


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
