"""Document symbols and sales numbers, compared exactly.

A corrigendum is often issued in some languages only, and each version cites its own: the English "A/74/10"
where the French says "A/74/10 et A/74/10/Corr.1".  So a symbol ending in ``/Corr.N`` that one side has
alone, when the symbol it corrects is on both sides, is a note, not an error; a symbol both sides cite, one
more often, a warning.  Any other difference is an error.  A "symbol" without a digit ("HIV/AIDS") is a word.
"""

from __future__ import annotations

import re
from collections import Counter

from ..anchors import ANY_DIGIT, SALES, latin_sales, reference_form, symbol_matches
from ..model import Severity
from .base import Check, difference, paired


def references(text: str) -> Counter[str]:
    if not ANY_DIGIT.search(text):
        return Counter()  # every symbol and sales number holds a digit
    text = latin_sales(text)
    found = Counter(f"Sales No. ?.{m.group(2)}" for m in SALES.finditer(text))
    if found:
        text = SALES.sub(" ", text)
    # a symbol holds a number: "HIV/AIDS", "VIH/SIDA", "CM/R" are words with a slash; "24/7" is round the clock
    # ("7天24小时") but where a resolution or a decision is named (Human Rights Council resolution 24/7)
    found.update(reference_form(m.group(0)) for m in symbol_matches(text)
                 if ANY_DIGIT.search(m.group(0)) and (m.group(0) != "24/7" or _NAMED.search(text, 0, m.start())))
    return found



_NAMED = re.compile(r"(?i:resolution|decision|résolution|décision|resoluci[óo]n|decisi[óo]n|резолюци\w*|решени\w*)"
                    r"\s*(?:\w+\s*){0,3}$|(?:决议|决定|القرار|المقرر)\s*(?:\S+\s*){0,3}$")


class SymbolsCheck(Check):
    id = "symbols"
    severity = Severity.ERROR
    description = ("Document symbols and references (A/57/444, resolution 55/2, decision 2002/18, DP/2003/2) "
                   "match exactly; UN sales numbers differ only by their language letter.")

    def run(self, context):
        for pair in paired(context):
            source = references(pair.source.unit.text)
            target = references(pair.target.unit.text)
            if source == target:
                continue
            missing = list((source - target).elements())
            extra = list((target - source).elements())
            message = difference(missing, extra)
            both = set(source) & set(target)
            if all(_corrects(symbol, both) for symbol in missing + extra):
                yield self.finding(pair.unit_id, f"{pair.unit_id}: {message}: a corrigendum one version cites "
                                   "and the other does not (issued in some languages only?)", pair.source.unit.text,
                                   pair.target.unit.text, severity=Severity.INFO)
                continue
            if all(symbol in both or _corrects(symbol, both) for symbol in missing + extra):
                # cited on both sides, but more often on one ("NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32
                # (Part I)/Corr.2" beside the Spanish "NPT/CONF.1995/32 (Part I)"): said once, as values are
                yield self.finding(pair.unit_id, f"{pair.unit_id}: {message}, though the other side cites it too; "
                                   "check the symbols", pair.source.unit.text, pair.target.unit.text,
                                   severity=Severity.WARNING)
                continue
            yield self.finding(pair.unit_id, f"{pair.unit_id}: {message}; symbols must match exactly",
                               pair.source.unit.text, pair.target.unit.text)


_CORRIGENDUM = re.compile(r"^(?P<base>.+?)/Corr\.\d+$")


def _corrects(symbol: str, both: set[str]) -> bool:
    """Whether ``symbol`` is a corrigendum (``A/74/10/Corr.1``) of a symbol both versions cite."""
    match = _CORRIGENDUM.match(symbol)
    return bool(match) and match.group("base") in both
