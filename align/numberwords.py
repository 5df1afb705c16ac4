"""Numbers written in words: the English original's "seventy-fifth session", the Chinese "第二十七条".

A translation often writes in digits what the original spells out, and the
other way round: the English "the twenty-eighth session" is the Spanish "el
28º período de sesiones"; the English "Article 27" is the Chinese "第二十七条".
Read as numbers, both sides agree.

* English number words (``english``: one to ninety-nine, cardinal and
  ordinal, and the Roman numerals of chapters, parts, annexes) are *soft* values: they answer for a digit the translation holds,
  and are never reported missing themselves (French and Russian spell them
  out too, and untm does not read their words).
* Chinese numerals after 第 and before a counter (条, 款, 项, 届, 次, 段, 章,
  节, 期, 部分) are plain values: "第二十七条第三项" holds 27 and 3.  Elsewhere
  Chinese numerals are left alone: 一 is also a word ("统一", "一个").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .languages import roman_value

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_UNITS_TH = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TENS_TH = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_UNIT_VALUE = {word: n for n, word in enumerate(_UNITS)} | {word: n for n, word in enumerate(_UNITS_TH)}
_TEN_VALUE = {word: 20 + 10 * n for n, word in enumerate(_TENS)} | {word: 20 + 10 * n for n, word in enumerate(_TENS_TH)}
_ONE_TO_NINE = "|".join(_UNITS[1:10] + _UNITS_TH[1:10])
_ENGLISH = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})-(?P<unit>{_ONE_TO_NINE})|(?P<round>{'|'.join(_TENS + _TENS_TH)})"
    rf"|(?P<alone>{'|'.join(_UNITS[1:] + _UNITS_TH[1:])}))\b", re.IGNORECASE)

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE = re.compile(r"第([零〇一二两三四五六七八九十百千]+)(?=条|款|项|届|次|段|章|节|期|部分)")


_ROMAN = re.compile(r"\b(?i:chap(?:ter)?\.?|part|annex|sect(?:ion)?\.?|title|vol(?:ume)?\.?)\s+([IVXL]+)\b")


def english(text: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each English number word (one to ninety-nine, cardinal or ordinal), and of each
    Roman numeral of a chapter, part, annex, section, title or volume ("chap. III": the Chinese "第三章")."""
    for match in _ROMAN.finditer(text):
        if (value := roman_value(match.group(1).lower())) is not None:  # I to XXX, as the readers know them
            yield value, match.start(1), match.end(1)
    for match in _ENGLISH.finditer(text):
        if match.group("tens"):
            value = _TEN_VALUE[match.group("tens").lower()] + _UNIT_VALUE[match.group("unit").lower()]
        elif match.group("round"):
            value = _TEN_VALUE[match.group("round").lower()]
        else:
            value = _UNIT_VALUE[match.group("alone").lower()]
        yield value, match.start(), match.end()


def chinese(text: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each Chinese numeral counted after 第 (第二十七条, 第七十九届, 第一百零一条)."""
    for match in _CHINESE.finditer(text):
        value = chinese_value(match.group(1))
        if value is not None:
            yield value, match.start(1), match.end(1)


def chinese_value(numeral: str) -> int | None:
    """十 -> 10, 二十七 -> 27, 一百零一 -> 101, 三千 -> 3000; ``None`` for what is not a numeral."""
    total, digit = 0, None
    for char in numeral:
        if char in _DIGIT:
            digit = _DIGIT[char]
        elif char in "十百千":
            total += (1 if digit is None else digit) * {"十": 10, "百": 100, "千": 1000}[char]
            digit = None
        else:
            return None
    return total + (digit or 0)
