"""Dates as each UN language writes them, read into one form: 19 septembre 2002 = 19 September 2002 =
September 19, 2002 = 19 de septiembre de 2002 = 19 сентября 2002 года = 2002年9月19日 = 19 أيلول/سبتمبر 2002,
all 2002-09-19; "2027-09" for a month of a year, "--04-29" for a day of a month.

A range or a pair of days gives its first and its last day (du 18 au 22 mars 2003 = from 18 to 22 March 2003
= 2003年3月18日至22日); a list, its every day, with the year or the month it writes once (from 12 to 15
September and 28 November to 4 December 2022 = من 12 إلى 15 أيلول/سبتمبر 2022، ومن 28 تشرين الثاني/نوفمبر
إلى 4 كانون الأول/ديسمبر 2022).  ``localized`` reads the text for them, the numbers after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import numberwords
from .languages import caseless, profile

_ARABIC_MONTHS = (
    "يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار|أذار", "أبريل|نيسان", "مايو|أيار", "يونيه|يونيو|حزيران",
    "يوليه|يوليو|تموز", "أغسطس|آب", "سبتمبر|أيلول", "أكتوبر|تشرين الأول", "نوفمبر|تشرين الثاني",
    "ديسمبر|كانون الأول",
)

# an Arabic day written as an ordinal before its month: "الرابع من حزيران/يونيه 1967" (the fourth of June 1967),
# "الحادي والثلاثين من" (the thirty-first of)
_ARABIC_OF_MONTH = re.compile(r"\s+من\s+(?=" + "|".join(_ARABIC_MONTHS) + ")")
_ARABIC_WORDS_BEFORE = (re.compile(r"(?:ال)?[\u0621-\u064a]+\s+و?(?:ال)?[\u0621-\u064a]+$"),
                        re.compile(r"(?:ال)?[\u0621-\u064a]+$"))


# a definite noun just before the ordinal, which the ordinal qualifies: "النصف الثاني من كانون الأول" (the second
# half of December), "الأسبوع الأول من أيار" (the first week of May): no day
# (a weekday is no such noun: "يوم الجمعة الرابع من حزيران" is Friday the fourth of June)
_DEFINITE_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:[وفبلك])?(?!ال(?:اثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت|أحد)\s)"
                              r"(?:ال|لل)[\u0621-\u064a]+\s+$")


def arabic_ordinal_days(text: str) -> str:
    """The text with each Arabic day written as an ordinal before its month in digits, the same length (the
    values keep their places): "الرابع من حزيران/يونيه 1967" reads as "4 حزيران/يونيه 1967", but "النصف الثاني من
    كانون الأول" (the second half of December) names no day."""
    if "من" not in text:
        return text
    for match in reversed(list(_ARABIC_OF_MONTH.finditer(text))):
        before = text[:match.start()]
        for pattern in _ARABIC_WORDS_BEFORE:  # two words first: "الحادي والثلاثين"
            word = pattern.search(before)
            if word and (word.start() == 0 or not "\u0621" <= before[word.start() - 1] <= "\u064a") \
                    and not _DEFINITE_BEFORE.search(before, 0, word.start()):
                values = list(numberwords.translated(word.group(), "ar"))
                if len(values) == 1 and values[0][1:] == (0, len(word.group())) and 1 <= values[0][0] <= 31:
                    text = before[:word.start()] + str(values[0][0]).ljust(match.end() - word.start()) + \
                        text[match.end():]
                    break
    return text


# Russian months as a month of a year is written: "в сентябре 2027 года", "сентябрь 2027 года" (the profile's
# are the genitive of a day's month, "29 апреля")
_RUSSIAN_MONTHS = ("январь январе январю", "февраль феврале февралю", "март марте марту", "апрель апреле апрелю",
                   "май мае маю", "июнь июне июню", "июль июле июлю", "август августе августу",
                   "сентябрь сентябре сентябрю", "октябрь октябре октябрю", "ноябрь ноябре ноябрю",
                   "декабрь декабре декабрю")


# English months as an English text may abbreviate them ("22-23 Sept 2024"): with their point, and Sept
_ENGLISH_SHORT = tuple((name, n) for n, names in enumerate(
    ("jan.", "feb.", "mar.", "apr.", "", "jun.", "jul.", "aug.", "sep. sept. sept", "oct.", "nov.", "dec."), start=1)
    for name in names.split())


@lru_cache(maxsize=None)
def _month_table(language: str) -> tuple[tuple[str, int], ...]:
    """Month names and numbers; a translation's own, and the English ones its citations keep ("См. World Trade
    Organization, ministerial decision ..., adopted on 17 June 2022")."""
    english = tuple((name.capitalize(), n) for n, name in enumerate(profile("en").months, start=1))
    if language == "ar":
        return tuple((name, n) for n, names in enumerate(_ARABIC_MONTHS, start=1) for name in names.split("|")) + \
            english
    if language == "ru":
        return tuple((name, n) for n, name in enumerate(profile(language).months, start=1)) + tuple(
            (name, n) for n, names in enumerate(_RUSSIAN_MONTHS, start=1) for name in names.split()) + english
    own = tuple((name, n) for n, name in enumerate(profile(language).months, start=1))
    return own + _ENGLISH_SHORT if language == "en" else own + english


@lru_cache(maxsize=None)
def _months(language: str) -> dict[str, int]:
    return {caseless(name): n for name, n in _month_table(language)}


# The hyphen, the non-breaking hyphen ("6‑12 mars 1995"), the dashes and the minus sign ("3−14 June 1992")
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
# The weekdays a list of dates may name: "les lundi 24 et mardi 25 novembre 2025"
_WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi "
             "dimanche lunes martes miércoles jueves viernes sábado domingo понедельник вторник среда среду четверг "
             "пятница пятницу суббота субботу воскресенье الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد يوم")
# What may stand between the dates of one list, in any language (a translation keeps English citations):
# "from 12 to 15 September and 28 November to 4 December 2022", "9 и 10 ноября и, соответственно, 8 ноября"
_LIST_WORDS = ("and or to through from on in respectively et ou au à du le les des de la y o a al el los las del días "
               "и или по с со в во соответственно في من إلى حتى يومي " + _WEEKDAYS).split()
_LIST = "|".join(sorted(map(re.escape, _LIST_WORDS), key=len, reverse=True))
# an Arabic word takes "and" onto it: "وفي 8 تشرين الثاني"; a word ends where no letter follows ("و19"); the
# place of each date may be named: "в Киншасе 27–31 мая и Луанде 25–29 ноября 2019 года"
_GLUE = re.compile(rf"(?:[\s,،{_DASH}]|(?<!\w)(?:و?(?:{_LIST}|و)|(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w’'-]*)(?![^\W\d_]))+",
                   re.IGNORECASE)
# a word before a month name, both with their capital: a place, "Chiang Mai de 2019"
_NAME_BEFORE = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*[ \u00a0]$")
_CHINESE_GLUE = re.compile(rf"(?:\s|[和及与或至到、{_DASH}]|以及|星期[一二三四五六日天])+")
# the day after a date in a Chinese list: "2017年3月24日、25日和30日"
_CHINESE_MORE = re.compile(rf"\s*(?:[和及与至到、{_DASH}]|以及)\s*(?P<d>\d{{1,2}})\s*日")


# what a day's number may carry: "1er janvier", "1º de enero", and the "21st July 2009" of English written
# outside the UN's editing (national reports)
_DAY_SUFFIX = "(?:er|ª|º|st|nd|rd|th)?"


@lru_cache(maxsize=None)
def _date_patterns(language: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The date patterns of a language, longest first, each with whether its months are numbers.

    A range or a pair of days gives two dates, its first day and its last:
    "du 18 au 22 mars 2003" = "from 18 to 22 March 2003" = "18-22 March 2003"
    = "2003年3月18日至22日" (the first day takes the last one's month and
    year where it does not name its own).  A month named alone ("January
    and July 2020", "每年4月") is a date only where a list gives it a year.
    """
    words = "|".join(map(re.escape, profile(language).range_words))
    # "30 июня — 3 июля"; "entre el 23 de marzo y el 30 de junio": an article may follow the word
    joined = rf"(?:\s*[{_DASH}]\s*|\s+(?:{words})\s*(?:(?:el|la|le|les|los)\s+)?)" if words else rf"\s*[{_DASH}]\s*"
    if language == "zh":
        # "2024年5月14至16日": the first day may leave out its 日; "每年7月25日": every year, no year
        span = (r"(?<!\d)(?:(?P<y>\d{4})\s*年\s*)?(?P<m0>\d{1,2})\s*月\s*(?P<d0>\d{1,2})\s*日?"
                rf"\s*(?:[{_DASH}]|{words})\s*(?:(?P<m>\d{{1,2}})\s*月\s*)?(?P<d>\d{{1,2}})\s*日")
        day = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
        # a month of a year, a day of a month, a month: "2027年9月", "4月29日", "10月起"
        month_of_year = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)"
        day_of_month = r"(?<!\d)(?<!\d年)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
        alone = r"(?<!\d)(?P<m>\d{1,2})\s*月(?!\s*\d)"
        return tuple((re.compile(p), True) for p in (span, day, month_of_year, day_of_month, alone))
    names = "|".join(sorted((re.escape(n) for n, _ in _month_table(language)), key=len, reverse=True))
    # Arabic writes two names: آذار/مارس
    month = rf"(?:(?:{names})/)?(?:{names})" if language == "ar" else rf"(?:{names})"
    # where no year or day makes it a date, an English month must have its capital: "5 may be" is no date
    named = "|".join(re.escape(n.capitalize()) for n, _ in _month_table(language)) if language == "en" else month
    first = rf"(?<![\d/.,])(?P<d0>\d{{1,2}}){_DAY_SUFFIX}"
    day = rf"(?P<d>\d{{1,2}}){_DAY_SUFFIX}"
    # "mayo de 2025", and "the second week of May in 2025", "второй недели мая в 2025 году"
    between = profile(language).month_in_year
    year = r"\s+(?:de\s+|del\s+" + (rf"|{between}\s+" if between else "") + r")?(?P<y>\d{4})"
    patterns = [
        rf"{first}\s+(?:de\s+)?(?P<m0>{month}){joined}{day}\s+(?:de\s+)?(?P<m>{month}){year}",
        rf"(?:{first}{joined})?{day}\s+(?:de\s+)?(?P<m>{month}){year}",
        rf"(?P<m>{month}),?\s+{day},?\s+(?P<y>\d{{4}})",  # "July 21, 2009", and "July, 21st 2009"
        # a month of a year ("September 2027", "septiembre de 2027"), a day of a month ("29 April", "29 avril")
        rf"(?<![\d/])(?P<m>{named}){year}",
        rf"(?<![\d/.,])(?P<d>\d{{1,2}}){_DAY_SUFFIX}\s+(?:de\s+)?(?P<m>{named})(?![\w/])",
        rf"(?<![\w/])(?P<m>{named})(?![\w/])",
    ]
    flags = [re.IGNORECASE] * 3 + [0 if language == "en" else re.IGNORECASE] * 3
    return tuple((re.compile(p, f), False) for p, f in zip(patterns, flags))


@lru_cache(maxsize=None)
def _day_before(language: str, comma: bool) -> re.Pattern[str]:
    """A day number before a date, joined to it: "from 12 to 15 September", "du 18 et du 25 octobre", "16 и,
    соответственно, 18 сентября", "les lundi 24 et mardi 25 novembre", "24, 25 and 30 March" (a comma alone
    joins only to a list: "vol. 1, 3 March" is no list)."""
    words = "|".join(map(re.escape, profile(language).range_words + profile("en").range_words))
    then = "|".join(("le les la el los du des del".split() + _WEEKDAYS.split()))
    join = (rf"(?:\s*,)?(?:\s*[{_DASH}]\s*|\s+(?:{words})(?![^\W\d_])\s*)"
            rf"(?:,?\s*(?:respectively|соответственно)\s*,?\s*)?(?:(?:{then})\s+)*")
    if comma:
        join = rf"(?:\s*,\s*|{join})"
    return re.compile(rf"(?<![\w/.,:{_DASH}])(?P<d>\d{{1,2}})(?:er|ª|º)?{join}$", re.IGNORECASE)


def _days(match: re.Match[str], numeric: bool, months: dict[str, int]) -> list[tuple[int, str | None]]:
    """(month, day) of a date, or of the first and the last day of a range; the day is None for a month."""
    found = match.groupdict()

    def number(month: str) -> int:
        return int(month) if numeric else months[caseless(month.split("/")[-1])]

    first = number(found["m0"]) if found.get("m0") else None
    last = number(found["m"]) if found.get("m") else first
    days = [(last, found.get("d"))]
    if found.get("d0"):
        days.insert(0, (first or last, found["d0"]))
    return days


@dataclass
class _Date:
    """A date as read, before its list gives it the year or the month it leaves out."""

    start: int
    end: int
    year: str | None
    days: list[tuple[int, str | None]]


def dates(text: str, language: str) -> tuple[list[tuple[str, int, int]], list[tuple[int, int]]]:
    """The dates of a text with where each is written, and the spans they take (a month named alone takes
    its span, a date or not): "2027-09" for a month of a year, "--04-29" for a day of a month.

    A list of dates writes its year, or its month, once: "from 12 to 15 September and 28 November to 4 December
    2022", "24, 25 and 30 March 2017", "2023年3月4日至8日和8月26日至30日" (``_join_days``, ``_join_years``).
    """
    months, found = _months(language), []
    if not _may_hold_a_month(text, language):
        return [], []
    for pattern, numeric in _date_patterns(language):
        for match in pattern.finditer(text):
            if any(match.start() < d.end and d.start < match.end() for d in found) or _in_a_name(text, match, language):
                continue
            days = _days(match, numeric, months)
            if all(1 <= month <= 12 for month, _ in days):
                found.append(_Date(*match.span(), match.groupdict().get("y"), days))
    found.sort(key=lambda d: d.start)
    _join_days(text, language, found)
    _join_years(text, language, found)
    values = [(f"{date.year or '-'}-{month:02d}" + (f"-{int(day):02d}" if day else ""), date.start, date.end)
              for date in found for month, day in date.days if day or date.year]
    return values, [(date.start, date.end) for date in found]


def _may_hold_a_month(text: str, language: str) -> bool:
    """Whether a text names a month at all (every date pattern holds one; the Chinese writes 月): most units
    hold numbers and no date, and the patterns, ignoring case, are slow to find nothing."""
    if language == "zh":
        return "月" in text
    folded = caseless(text)
    return any(name in folded for name in _folded_months(language))


@lru_cache(maxsize=None)
def _folded_months(language: str) -> tuple[str, ...]:
    return tuple(sorted({caseless(name) for name, _ in _month_table(language)}))


def _in_a_name(text: str, match: re.Match[str], language: str) -> bool:
    """A month name with a capital after a word with one, where months are written in small letters, is a
    name's: "la Déclaration de Chiang Mai de 2019" (a month misspelt with its capital, "desde Marzo de 2011",
    is still one)."""
    start = match.start()
    return language != "en" and text[start].isupper() and bool(_NAME_BEFORE.search(text, max(0, start - 40), start))


def _join_days(text: str, language: str, found: list[_Date]) -> None:
    """A day number joined to a date takes its month: "from 12 to 15 September", "24, 25 and 30 March" (the
    days of a list go up); in Chinese, a day after one: "2017年3月24日、25日和30日"."""
    for i, date in enumerate(found):
        if language == "zh":
            while date.days[-1][1] and (more := _CHINESE_MORE.match(text, date.end)) and \
                    (i + 1 == len(found) or more.end() <= found[i + 1].start):
                date.days.append((date.days[-1][0], more["d"]))
                date.end = more.end()
            continue
        while date.days[0][1] and (day := _day_before(language, len(date.days) > 1).search(
                text, max(0, date.start - 60), date.start)) and 1 <= int(day["d"]) < int(date.days[0][1]) and \
                (i == 0 or found[i - 1].end <= day.start()):
            date.days.insert(0, (date.days[0][0], day["d"]))
            date.start = day.start()


def _join_years(text: str, language: str, found: list[_Date]) -> None:
    """A date without a year takes the year of the date its list goes on to: "from 12 to 15 September and 28
    November to 4 December 2022"; in Chinese, which writes the year first, of the date it comes from
    ("2023年10月23日至27日和11月25日"), and after 同年, "the same year", the year named last.  Only the
    joining words of a list, and the places of its dates, may stand between: "29 April, and decides to meet
    on 1 May 2025" leaves 29 April without a year."""
    chinese = language == "zh"
    glue = _CHINESE_GLUE if chinese else _GLUE
    for i in range(len(found)) if chinese else range(len(found) - 1, -1, -1):
        date, j = found[i], i - 1 if chinese else i + 1
        if date.year or not 0 <= j < len(found):
            continue
        other = found[j]
        between = text[other.end:date.start] if chinese else text[date.end:other.start]
        if other.year and between.strip() and glue.fullmatch(between):
            date.year = other.year
        elif chinese and text[:date.start].endswith("同年"):
            date.year = next((d.year for d in reversed(found[:i]) if d.year), None)
