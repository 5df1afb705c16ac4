"""What untm knows of each official UN language's layout conventions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import UntmError

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    # The line that opens a resolution: "The General Assembly,".
    intro: re.Pattern[str]
    # "78th plenary meeting"
    meeting: re.Pattern[str]
    # Month names, January first, lower case.
    months: tuple[str, ...]
    # French sets a space before ; : ! ? -- a footnote call pushed such a
    # sign onto a line of its own, and the space must come back with it.
    # Declarations and conventions: "Article 13", a preamble heading, "Whereas".
    article: re.Pattern[str] = re.compile(r"^\s*Article\s+(\d+)\s*$")
    preamble: re.Pattern[str] = re.compile(r"^\s*Preamble\s*$", re.I)
    whereas: re.Pattern[str] = re.compile(r"^\s*Whereas\b")
    space_before_high_punctuation: bool = False
    decimal_comma: bool = False
    # The words that join the first and last day of a range or a pair of
    # days: "du 18 au 22 mars", "on 18 and 19 March", "2003年3月18日至22日".
    range_words: tuple[str, ...] = ()

    @property
    def date(self) -> re.Pattern[str]:
        """A date line: "20 décembre 2002", "December 20, 2002", "2002年12月20日"."""
        return _date_line(self.months)


@lru_cache(maxsize=None)
def _date_line(months: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(months)
    return re.compile(
        rf"^\s*(?:\d{{1,2}}\s+(?:de\s+)?(?:{names})\s+(?:de\s+)?\d{{4}}"
        rf"|(?:{names})\s+\d{{1,2}},\s+\d{{4}}"
        r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
        r"\s*(?:г\.|года)?\s*$",
        re.IGNORECASE,
    )


_PROFILES = {
    "en": LanguageProfile(
        "en",
        re.compile(r"^\s*The General Assembly\s*,?\s*$"),
        re.compile(r"^\s*\d+(?:st|nd|rd|th)\s+plenary meeting\s*$", re.I),
        ("january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december"),
        range_words=("to", "and", "through"),
    ),
    "fr": LanguageProfile(
        "fr",
        re.compile(r"^\s*L[’']Assemblée générale\s*,?\s*$"),
        re.compile(r"^\s*\d+(?:e|er|ème)\s+séance plénière\s*$", re.I),
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
         "août", "septembre", "octobre", "novembre", "décembre"),
        article=re.compile(r"^\s*Article\s+(\d+|premier)\s*$"),
        preamble=re.compile(r"^\s*Préambule\s*$", re.I),
        whereas=re.compile(r"^\s*Considérant\b"),
        space_before_high_punctuation=True,
        decimal_comma=True,
        range_words=("au", "et"),
    ),
    "es": LanguageProfile(
        "es",
        re.compile(r"^\s*La Asamblea General\s*,?\s*$"),
        re.compile(r"^\s*\d+[ªa.]?\s+sesión plenaria\s*$", re.I),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
         "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
        article=re.compile(r"^\s*Artículo\s+(\d+)\s*$"),
        preamble=re.compile(r"^\s*Preámbulo\s*$", re.I),
        whereas=re.compile(r"^\s*Considerando\b"),
        decimal_comma=True,
        range_words=("al", "y"),
    ),
    "ru": LanguageProfile(
        "ru",
        re.compile(r"^\s*Генеральная Ассамблея\s*,?\s*$"),
        re.compile(r"^\s*\d+(?:-е|-м)?\s+пленарное заседание\s*$", re.I),
        ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
         "августа", "сентября", "октября", "ноября", "декабря"),
        article=re.compile(r"^\s*Статья\s+(\d+)\s*$"),
        preamble=re.compile(r"^\s*Преамбула\s*$", re.I),
        whereas=re.compile(r"^\s*Принимая во внимание\b", re.I),
        decimal_comma=True,
        range_words=("по", "и"),
    ),
    "ar": LanguageProfile(
        "ar",
        re.compile(r"^\s*(?:ف?إن\s+)?الجمعية العامة\s*[،,]?\s*$"),
        re.compile(r"^\s*الجلسة العامة\s+[\d٠-٩]+\s*$"),
        ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه",
         "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
        article=re.compile(r"^\s*المادة\s+([\d٠-٩]+)\s*$"),
        preamble=re.compile(r"^\s*الديباجة\s*$"),
        whereas=re.compile(r"^\s*و?لمّ?ا\s+كان"),
        range_words=("إلى", "حتى", "و"),
    ),
    "zh": LanguageProfile(
        "zh",
        re.compile(r"^\s*大会\s*[，,]?\s*$"),
        re.compile(r"^\s*第\s*\d+\s*次全体会议\s*$"),
        tuple(f"{n}月" for n in range(1, 13)),
        article=re.compile(r"^\s*第\s*([一二三四五六七八九十百\d]+)\s*条\s*$"),
        preamble=re.compile(r"^\s*序言\s*$"),
        whereas=re.compile(r"^\s*鉴于"),
        range_words=("至", "到", "和", "及", "、"),
    ),
}


def profile(code: str) -> LanguageProfile:
    """The profile of a language code (``fr``, ``fr-FR``, ``FR``)."""
    base = code.split("-")[0].split("_")[0].lower()
    try:
        return _PROFILES[base]
    except KeyError:
        raise UntmError(
            f"unknown language {code!r}: untm knows {', '.join(LANGUAGES)}"
        ) from None


_RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})


def direction(code: str) -> str:
    """``rtl`` for Arabic (and the other right-to-left scripts), else ``ltr``: for HTML's ``dir``."""
    return "rtl" if code.split("-")[0].lower() in _RIGHT_TO_LEFT else "ltr"


_CODE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def tmx_code(given: str | None, language: str) -> str:
    """The code written in a TMX for ``language``: as given (``fr-FR``), else the language itself."""
    if given is None:
        return language
    if not _CODE.match(given) or given.split("-")[0].lower() != language:
        raise UntmError(f"language code {given!r} is not a code for {language!r}; write it like {language} or {language}-XX")
    return given


def language_from_path(path: str) -> str | None:
    """``A_RES_57_263.fr.txt`` -> ``fr``; ``None`` when the name does not say."""
    parts = path.rsplit("/", 1)[-1].split(".")
    if len(parts) >= 3 and parts[-2].lower() in _PROFILES:
        return parts[-2].lower()
    return None


_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def article_number(label: str) -> int:
    """``13``, ``premier``, ``١٣``, ``十三`` -> 13."""
    if label == "premier":
        return 1
    if label.isdigit():
        return int(label.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    value, digit = 0, 0
    for char in label:
        if char == "十":
            value += (digit or 1) * 10
            digit = 0
        elif char == "百":
            value += (digit or 1) * 100
            digit = 0
        else:
            digit = _CHINESE_DIGITS[char]
    return value + digit
