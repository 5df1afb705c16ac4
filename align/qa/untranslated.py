from __future__ import annotations

import re
import unicodedata

from ..model import Severity
from .base import Check, paired

_WORD = re.compile(r"[^\W\d_]{3,}")
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
    description = "Units left untranslated (the same as the original, or in the original's script) and empty units."

    def run(self, context):
        target_script = _SCRIPTS.get(context.alignment.target.language.split("-")[0])
        source_script = _SCRIPTS.get(context.alignment.source.language.split("-")[0])
        for pair in paired(context):
            source, target = pair.source.unit.text, pair.target.unit.text
            if not target.strip():
                yield self.finding(pair.unit_id, f"{pair.unit_id} is empty in the translation; translate it", source, target)
            elif target == source and len(_WORD.findall(source)) >= 2:
                yield self.finding(pair.unit_id, f"{pair.unit_id} is the same as the original; translate it", source, target)
            elif target_script and target_script != source_script and script_share(target, target_script) < 0.5 \
                    and len(_WORD.findall(target)) >= 2:
                yield self.finding(pair.unit_id, f"{pair.unit_id} is not written in the translation's script; "
                                   "translate it", source, target)
