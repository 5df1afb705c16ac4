"""Times of day as each UN language writes them, read as ``HH:MM``.

The English of a resolution keeps the twelve-hour clock, the translations the twenty-four-hour one: "from
10 a.m. to 6 p.m." is "de las 10.00 a las 18.00 horas", "de 10 heures à 18 heures", "с 10 ч 00 мин до 18 ч
00 мин", "上午10时至下午6时", "من الساعة 10:00 إلى الساعة 18:00".  Read as numbers they disagree (6 against
18, 5.30 against 17 and 30); read as times they are the same, and a time that differs is a date-like
discrepancy (the dates check reports it).  What is read:

* English: ``H[.MM] a.m./p.m.`` (12 a.m. is midnight, 12 p.m. noon), and a range whose first time shares
  the second's half of the day ("from 10 to 10.30 a.m."), "noon", "midnight";
* Spanish: ``HH.MM horas``, and ``las HH.MM`` in a range ("de las 10.00 a las 18.00 horas");
* French: ``HH h MM``, ``HH heures`` after "de", "à", "vers", "dès", "et" or "jusqu'à" (not "24 heures sur
  24", a duration);
* Russian: ``HH ч MM мин``, and ``HH ч`` after "в", "с", "до", "к" or "около";
* Chinese: ``[上午|下午|晚上|中午]H时[M分]`` (下午 and 晚上 add twelve hours, to both times of a range
  "下午5时30分至6时");
* Arabic: ``الساعة HH:MM``, and ``HH:MM`` in a range after "إلى".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex  # look-behinds of several widths ("de ", "jusqu'à ")

_PATTERNS = {
    "en": (r"(?<![\d.])(?P<h0>1[0-2]|0?[1-9])(?:[.:](?P<m0>[0-5]\d))?\s*(?:to|and|until|[-–])\s*"
           r"(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?\s*(?P<half>a\.m\.|p\.m\.|am\b|pm\b)",
           r"(?<![\d.])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?\s*(?P<half>a\.m\.|p\.m\.|am\b|pm\b)",
           r"\b(?P<noon>noon|midday)\b", r"\b(?P<midnight>midnight)\b"),
    "es": (r"(?<![\d.])(?P<h>[01]?\d|2[0-4])[.:](?P<m>[0-5]\d)\s*horas\b",
           r"(?<=\blas\s)(?P<h>[01]?\d|2[0-4])[.:](?P<m>[0-5]\d)(?![\d.,]\d)"),
    "fr": (r"(?<![\d.])(?P<h>[01]?\d|2[0-4])\s*h\s*(?P<m>[0-5]\d)\b",
           r"(?<=\b(?:de|à|vers|dès|et|jusqu’à|jusqu'à)\s)(?P<h>[01]?\d|2[0-4])\s*heures(?:\s*(?P<m>[0-5]\d))?\b",
           r"(?<![\w-])(?P<noon>midi)\b", r"(?<![\w-])(?P<midnight>minuit)\b"),  # not "après-midi"
    # with its minutes, or after "в", "с", "до", "к", "около": "ч." alone is also a part of an article ("п. 3 ч.
    # 1 ст. 5") and an hour a duration ("в течение 24 ч")
    "ru": (r"(?<![\d.])(?P<h>[01]?\d|2[0-4])\s*ч\.?\s*(?P<m>[0-5]\d)\s*мин\.?(?!\w)",
           r"(?<=\b(?:в|с|до|к|около)\s)(?P<h>[01]?\d|2[0-4])\s*ч\.?(?!\w)(?!\s*\d)"),
    "zh": (r"(?P<part>上午|下午|晚上|中午)(?P<h0>[01]?\d|2[0-4])时(?:(?P<m0>[0-5]?\d)分)?至"
           r"(?P<h>[01]?\d|2[0-4])时(?:(?P<m>[0-5]?\d)分)?",
           # not "COVID-19时代" (the COVID-19 era)
           r"(?<![A-Za-z\d-])(?P<part>上午|下午|晚上|中午)?(?P<h>[01]?\d|2[0-4])时(?!代)(?:(?P<m>[0-5]?\d)分)?",),
    "ar": (r"(?<=الساعة\s)(?P<h>[01]?\d|2[0-4])[.:](?P<m>[0-5]\d)", r"(?<=إلى\s)(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)"),
}


_DIGIT = regex.compile(r"\d")


@lru_cache(maxsize=None)
def _compiled(language: str) -> tuple[tuple[regex.Pattern[str], bool], ...]:
    """Each pattern, and whether it reads an hour in digits (where a text has no digit, it has nothing to find)."""
    return tuple((regex.compile(pattern, regex.IGNORECASE), "(?P<h" in pattern)
                 for pattern in _PATTERNS.get(language, ()))


def times(text: str, language: str) -> Iterator[tuple[str, int, int]]:
    """(``HH:MM``, start, end) of each time of day in ``text``, in the order found, none overlapping."""
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(text) is not None
    for pattern, hours in _compiled(language):
        if hours and not digits:
            continue
        for match in pattern.finditer(text):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            taken.append(match.span())
            found = match.groupdict()
            if found.get("h0"):  # a range: both times share its half of the day ("a.m.", "下午")
                first, second = _clock({**found, "h": found["h0"], "m": found.get("m0")}), _clock(found)
                if first > second and not found.get("part"):  # "from 11 to 1 p.m." is from 11 a.m.
                    first = _clock({"h": found["h0"], "m": found.get("m0"), "half": "am"})
                yield first, match.start(), match.end("m0") if found.get("m0") else match.end("h0")
                yield second, match.start("h"), match.end()
            else:
                yield _clock(found), match.start(), match.end()


def _clock(found: dict[str, str | None]) -> str:
    if found.get("noon"):
        return "12:00"
    if found.get("midnight"):
        return "00:00"
    hour, minute = int(found["h"]), int(found.get("m") or 0)
    half = (found.get("half") or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if found.get("part") in ("下午", "晚上") and hour < 12:
        hour += 12
    return f"{hour % 24:02d}:{minute:02d}"
