"""What survives translation: numbers, document symbols, footnote calls.

Two sentences that translate each other carry the same anchors once numbers
are read the way their language writes them (3,5 = 3.5; 1 000 = 1,000) and
UN sales numbers are stripped of their language letter (F.02.II.A.7 =
E.02.II.A.7).  The aligner rewards shared anchors and penalises unshared ones.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .languages import profile, roman_value
from .model import FootnoteCall

# Arabic-Indic, extended Arabic-Indic and full-width digits read as ASCII.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９",
    "0123456789" * 3,
)
# A UN sales number names its language: E.02.II.A.7 (English) is F.02.II.A.7 in French.
SALES = re.compile(r"(?<![A-Za-z0-9])([A-Z])\.(\d{2}\.[IVXL]+\.[A-Z]\.\d+)(?![\d.]*\d)")  # also "C.05.II.A.4和更正"
# Document symbols (A/57/444, DP/2003/2, A/RES/217(III)) and references (resolution 55/2).
# (A/67/53/Add.1, E/2023/L.5/Rev.2: a part whose name is a word, "Add.1", "Rev.2", "Corr.1", is part of it)
# A symbol may follow a Chinese or Arabic character directly ("见FCCC/CP/2015/10", "وA/HRC/57/39"): its start is
# where no Latin letter or digit stands before it, not a word boundary (those characters are word characters).
# A part's name may follow its slash after a stray space ("FCCC/PA/CMA/2023/16/ Add.1" in the French 79/206): the
# same symbol (``reference_form`` takes the space out).  A number and a year after it ("Law No. 10/2018", "la loi
# no 10 de 2018", "القانون رقم 10 لعام 2018") is a national law's number, no UN reference: ``localized`` reads it.
SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,6}(?:/(?: ?[A-Z][a-z]{1,5}\.\d+|[A-Z0-9.]*[A-Z0-9](?:\([A-Z0-9]+\))?))+"
                    r"|(?<![\d/])(?!\d{1,3}/(?:19|20)\d\d(?![\d/]))\d{1,4}/\d{1,4}(?![\d/])")
_POINT_NUMBER = re.compile(r"(?<![\d,])(?<!\d\.)\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d,])(?<!\d\.)\d+(?:\.\d+)?")
_COMMA_NUMBER = re.compile(
    r"(?<![\d,])(?<!\d\.)\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)|(?<![\d,])(?<!\d\.)\d+(?:,\d+)?"
)


ANY_DIGIT = re.compile(r"\d")


def symbol_matches(text: str) -> Iterator[re.Match[str]]:
    """``SYMBOL.finditer``, skipped where it cannot match: every symbol and reference holds a slash.

    The pattern has no literal prefix for the regular-expression engine to
    look for, so it tries every position; most paragraphs hold no slash.
    """
    return SYMBOL.finditer(text) if "/" in text else iter(())


# a sales number typed with a Cyrillic letter that looks Latin (the Russian "R.03.II.А.1"): the same number
_SALES_TYPED = re.compile(r"(?<!\w)[A-ZА-ЯЁ]\.\d{2}\.[IVXL]+\.[A-ZА-ЯЁ]\.\d+")
_LATIN = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
_YEARS = re.compile(r"((?:19|20)\d\d)/(\d\d)")
_ROMAN_DECISION = re.compile(r"([IVXL]+)/(\d{1,3})")


def latin_sales(text: str) -> str:
    """The text with each sales number's letters Latin."""
    return _SALES_TYPED.sub(lambda m: m.group().translate(_LATIN), text)


def reference_form(symbol: str) -> str:
    """A reference in one form whatever way it is written: the years of "2015/16" in full, "2015/2016"; a
    General Assembly resolution "A/RES/55/5" as "55/5"; a decision numbered by a meeting in Roman numerals
    (the Convention on Biological Diversity's "X/1", the special session's "VI/1") as the translations that
    write it in digits do, "10/1" (any symbol of a Roman numeral and a number is read so: "IV/2" is "4/2" on
    both sides)."""
    if (years := _YEARS.fullmatch(symbol)) and int(years.group(2)) == (int(years.group(1)) + 1) % 100:
        return f"{years.group(1)}/{int(years.group(1)) + 1}"
    if (roman := _ROMAN_DECISION.fullmatch(symbol)) and (meeting := roman_value(roman.group(1).lower())):
        return f"{meeting}/{roman.group(2)}"
    symbol = symbol.replace(" ", "")
    return symbol[len("A/RES/"):] if symbol.startswith("A/RES/") and symbol[6:7].isdigit() else symbol


def text_anchors(text: str, language: str) -> Counter[str]:
    """Anchors of a piece of text, as a multiset of normalised tokens."""
    if not ANY_DIGIT.search(text):
        return Counter()  # every anchor holds a digit
    text = latin_sales(text.translate(_DIGITS))
    found: Counter[str] = Counter()
    for match in SALES.finditer(text):
        found[f"sales:{match.group(2)}"] += 1
    if found:
        text = SALES.sub(" ", text)
    symbols = [match.group(0) for match in symbol_matches(text)]
    if symbols:
        found.update(f"symbol:{reference_form(symbol)}" for symbol in symbols)
        text = SYMBOL.sub(" ", text)
    comma = profile(language).decimal_comma
    for match in (_COMMA_NUMBER if comma else _POINT_NUMBER).finditer(text):
        found[f"number:{normalise_number(match.group(0), comma)}"] += 1
    return found


def normalise_number(raw: str, decimal_comma: bool) -> str:
    """``3,5`` (French) -> ``3.5``; ``1 000`` -> ``1000``; ``1,000`` (English) -> ``1000``."""
    if decimal_comma:
        whole, _, fraction = raw.partition(",")
        whole = re.sub(r"[ \u00a0\u202f.]", "", whole)
    else:
        whole, _, fraction = raw.partition(".")
        whole = re.sub(r"[, \u00a0\u202f]", "", whole)  # 1,000 and, in a Chinese table, 1 000
    whole = whole.lstrip("0") or "0"
    return f"{whole}.{fraction}" if fraction else whole


def call_anchors(calls: tuple[FootnoteCall, ...], start: int, end: int) -> Counter[str]:
    """The footnote calls that stand inside ``[start, end]`` of a unit's text."""
    return Counter(f"call:{c.number}" for c in calls if start <= c.offset <= end)


def agreement(source: Counter[str], target: Counter[str]) -> float | None:
    """Shared anchors over all anchors (multiset Jaccard); ``None`` when neither has any."""
    if not source and not target:
        return None
    union = sum((source | target).values())
    if not union:
        return None
    return sum((source & target).values()) / union
