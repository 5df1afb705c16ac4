from __future__ import annotations

from ..model import Severity, UnitKind
from .base import Check, paired


class FootnotesCheck(Check):
    id = "footnotes"
    severity = Severity.ERROR
    description = "Footnotes: the same number of footnotes, called from the same units, in the same order."

    def run(self, context):
        source, target = context.alignment.source, context.alignment.target
        count = [sum(u.kind is UnitKind.FOOTNOTE for u in d.units) for d in (source, target)]
        if count[0] != count[1]:
            yield self.finding("document", f"{count[0]} footnotes in the original, {count[1]} in the translation; "
                               "check the footnote blocks")
        for pair in paired(context):
            calls = [c.number for c in pair.source.unit.calls]
            found = [c.number for c in pair.target.unit.calls]
            if calls != found:
                yield self.finding(
                    pair.unit_id,
                    f"{pair.unit_id} calls {_footnotes(calls)} in the original, {_footnotes(found)} in the translation; "
                    "place the calls as in the original",
                    pair.source.unit.text, pair.target.unit.text,
                )


def _list(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers)) if numbers else "none"


def _footnotes(numbers: list[int]) -> str:
    """``footnote 5``, ``footnotes 5, 6``, ``no footnote``."""
    return f"footnote{'s' if len(numbers) > 1 else ''} {_list(numbers)}" if numbers else "no footnote"
