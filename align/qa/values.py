"""Shared by the numbers and dates checks: compare the values of each paired unit."""

from __future__ import annotations

from ..localized import compare, extract
from .base import Check, difference, paired


class ValuesCheck(Check):
    kinds: tuple[str, ...] = ()
    noun = "value"

    def run(self, context):
        source_lang = context.alignment.source.language
        target_lang = context.alignment.target.language
        for pair in paired(context):
            source = [v for v in extract(pair.source.unit.text, source_lang) if v.kind in self.kinds]
            target = [v for v in extract(pair.target.unit.text, target_lang) if v.kind in self.kinds]
            missing, extra = compare(source, target)
            if not missing and not extra:
                continue
            message = difference([v.text for v in missing], [v.text for v in extra])
            yield self.finding(pair.unit_id, f"{pair.unit_id}: {message}; check the {self.noun}",
                               pair.source.unit.text, pair.target.unit.text)
