from __future__ import annotations

import unicodedata

from ..copies import copied, copied_share, words
from ..languages import base_language
from ..model import Severity, UnitKind
from .base import Check, paired

_SCRIPTS = {"ar": "ARABIC", "zh": "CJK", "ru": "CYRILLIC", "en": "LATIN", "fr": "LATIN", "es": "LATIN"}


def script_share(text: str, script: str) -> float:
    """The share of letters written in a script (ARABIC, CJK, CYRILLIC, LATIN)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(unicodedata.name(c, "").startswith(script) for c in letters) / len(letters)


class UntranslatedCheck(Check):
    id = "untranslated"
    severity = Severity.ERROR
    description = ("Units and sentences left untranslated (the same as the original, copied from it, or in the "
                   "original's script) and empty units.")

    def run(self, context):
        target_script = _SCRIPTS.get(base_language(context.alignment.target.language))
        source_script = _SCRIPTS.get(base_language(context.alignment.source.language))
        for pair in paired(context):
            source, target = pair.source.unit.text, pair.target.unit.text
            if not target.strip():
                yield self.finding(pair.unit_id, f"{pair.unit_id} is empty in the translation; translate it", source, target)
            elif target == source:
                if copied(source, target):
                    yield self.finding(pair.unit_id, f"{pair.unit_id} is the same as the original; translate it",
                                       source, target, _severity(self, pair))
            elif target_script and target_script != source_script and script_share(target, target_script) < 0.5 \
                    and len(words(target)) >= 2:
                yield self.finding(pair.unit_id, f"{pair.unit_id} is not written in the translation's script; "
                                   "translate it", source, target, _severity(self, pair))
            else:
                yield from self._copies(pair)

    def _copies(self, pair):
        """Sentences of the original copied into the translation."""
        source = pair.source.unit.text
        if not copied_share(source, pair.target.unit.text):
            return
        severity = _severity(self, pair)
        sentences = pair.target.sentences
        left = [n for n, sentence in enumerate(sentences, 1) if copied(source, sentence.text)]
        if not left and not copied(source, pair.target.unit.text):
            return
        if len(sentences) == 1 or len(left) == len(sentences) or not left:
            what = f"{pair.unit_id} is mostly the original copied, not translated"
        else:
            numbers = ", ".join(map(str, left))
            what = (f"{pair.unit_id}: sentence{'s' if len(left) > 1 else ''} {numbers} of {len(sentences)} "
                    f"{'are' if len(left) > 1 else 'is'} the original copied, not translated")
        yield self.finding(pair.unit_id, what + "; translate it", source, pair.target.unit.text, severity)


def _severity(check: Check, pair) -> Severity:
    """A footnote's copy is a warning: a citation or the title of a publication is often kept in the
    language it was published in."""
    return Severity.WARNING if pair.target.unit.kind is UnitKind.FOOTNOTE else check.severity
