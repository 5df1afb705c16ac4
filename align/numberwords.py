"""Numbers written in words: the English original's "seventy-fifth session", the Chinese "第二十七条".

A translation often writes in digits what the original spells out, and the
other way round: the English "the twenty-eighth session" is the Spanish "el
28º período de sesiones"; the English "Article 27" is the Chinese "第二十七条".
Read as numbers, both sides agree.

* English number words (``english``: one to ninety-nine, cardinal and
  ordinal, and the Roman numerals of chapters, parts, annexes, articles) are *soft* values: they answer for a digit the translation holds,
  and are never reported missing themselves (French and Russian spell them
  out too, and untm does not read their words).
* Chinese numerals after 第 and before a counter (条, 款, 项, 届, 次, 段, 章,
  节, 期, 部分, 卷, 场, 轮, 号; 诸 may stand before it) are soft values: "第二十七条第三项" answers for 27 and 3, and
  "第二条第二款" for "article 2.2" too.  Before a
  measure word (岁, 年, 国, 周年, 倍, 天...) they are soft: "未满十八岁" answers
  for "under 18 years", "二十国集团" for "Group of 20".  Elsewhere Chinese
  numerals are left alone: 一 is also a word ("统一", "一个").
* French, Spanish, Russian and Arabic number words (``translated``: two to
  ninety-nine, cardinal and ordinal, with their compounds, a hundred; and the
  words that say ten years, "décennal", "decenal", "десятилетний", "العشري")
  are soft values of the translation: "Cadre décennal" answers for
  "10-Year Framework", "Groupe des Vingt" for "Group of 20", "درجتين" (two
  degrees, a dual) for "2 degrees"; and their Roman numerals of chapters,
  articles, annexes.  One is the ordinal ("premier", "primero", "первый",
  "الأول"); the Russian and Arabic cardinal too ("одна", "واحدة", which
  count: neither language has an article), and the Arabic ordinal of a
  compound ("الحادي والعشرين", 21st); the French "un", "une" only in a
  compound ("vingt et un"): alone it is the article, and read as 1 it
  would answer for any 1 of the original ("paragraph 1" against "une
  déclaration"), so "195 States and 1 regional economic integration
  organization" against "195 États et une organisation" is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .languages import caseless, roman_value

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
# "第八㈩条": article 8 (j); "第一㈠号决议": resolution 1 (I); "第二、第十七和第三十五诸条": articles 2, 17 and 35
_COUNTERS = r"诸?[㈠-㈩⑴-⒇]?(?:条|款|项|届|次|段|章|节|期|部分|卷|场|轮|号)"
_CHINESE = re.compile(rf"第([零〇一二两三四五六七八九十百千]+)(?={_COUNTERS})")
# a list or a range that writes 第 and the counter once: "第四和第五条", "第六、十四和十五条", "第十九至第二十二条"
_CHINESE_LIST = re.compile(rf"第[零〇一二两三四五六七八九十百千]+(?:(?:、|和|及|与|或|至|到|以及)第?"
                           rf"[零〇一二两三四五六七八九十百千]+)+(?={_COUNTERS})")
_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+")


# The words a Roman numeral numbers, in each language ("chap. III", "chapitre III", "глава III")
_ROMAN_AFTER = {
    "en": r"chap(?:ter)?\.?|part|annex|sect(?:ion)?\.?|title|vol(?:ume)?\.?|articles?|tier",  # "tier III" indicators
    "fr": r"chap(?:itre)?\.?|partie|annexe|sect(?:ion)?\.?|titre|vol(?:ume)?\.?|articles?",
    "es": r"cap(?:ítulo)?\.?|parte|anexo|secc?(?:ión)?\.?|título|vol(?:umen)?\.?|artículos?|siglo",
    "ru": r"глав[аыеу]|част[ьии]|раздел[ауе]?|стать[яиюей]|приложени[еяю]|том[ае]?|гл\.|разд\.",
}


# ... and the words it stands before: the Russian "Повестка дня на XXI век" (Agenda 21), the French "XXIe siècle"
_ROMAN_BEFORE = {"ru": r"век\w*", "fr": r"siècles?"}


@lru_cache(maxsize=None)
def _roman(language: str) -> re.Pattern[str]:
    # the French ordinal's letters after it: "XXIe siècle"
    before = rf"|\b([IVXL]+)(?:e|ème)?\s+(?i:{_ROMAN_BEFORE[language]})" if language in _ROMAN_BEFORE else ""
    return re.compile(rf"(?<!\w)(?i:{_ROMAN_AFTER[language]})\s+([IVXL]+)\b{before}")


def romans(text: str, language: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each Roman numeral of a chapter, part, annex, section, title, volume or
    article: "chap. III", "chapitre III", "глава III" (the Chinese "第三章")."""
    if language not in _ROMAN_AFTER:
        return
    for match in _roman(language).finditer(text):
        group = 1 if match.group(1) else 2
        if (value := roman_value(match.group(group).lower())) is not None:  # I to XXX, as the readers know them
            yield value, match.start(group), match.end(group)


def words(text: str, language: str) -> Iterator[tuple[int | str, int, int]]:
    """(value, start, end) of each number in words of a text in ``language``: all soft values.  The Chinese
    counted after 第 too: it counts what the English labels otherwise ("第十七条第一款第㈡项第2目" is "article 17,
    paragraph 1 (b) (ii)"; "第二条第二款" is "article 2.2"), so it answers for the English, which must hold it."""
    if language == "en":
        yield from english(text)
    elif language == "zh":
        yield from chinese(text)
        yield from chinese_codes(text)
        yield from chinese_measures(text)
    else:
        yield from romans(text, language)
        yield from translated(text, language)


# ten years counted in decades ("seven decades": 70 ans, 70余载), a hundred years, half a billion
_DECADES = re.compile(rf"\b(?:(?P<count>a|one|{'|'.join(_UNITS[2:10])})\s+)?decades?\b", re.IGNORECASE)
_ENGLISH_FIXED = re.compile(r"\b(?P<c>centennial|centenary)\b|\bhalf\s+a\s+billion\b", re.IGNORECASE)


# every word the English patterns start from: a text with none of them has none of their numbers (a match
# of ``\b...\b`` is a whole run of word characters, so it is one of the text's words)
_ENGLISH_WORDS = frozenset(_UNITS[1:] + _UNITS_TH[1:] + _TENS + _TENS_TH + [
    "decade", "decades", "centennial", "centenary", "half", "chap", "chapter", "part", "annex", "sect", "section",
    "title", "vol", "volume", "article", "articles", "tier"])
_WORD_RUN = re.compile(r"\w+")


def english(text: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each English number word (one to ninety-nine, cardinal or ordinal), and of each
    Roman numeral of a chapter, part, annex, section, title, volume or article ("chap. III": the Chinese
    "第三章"; "article VI": "第六条")."""
    if _ENGLISH_WORDS.isdisjoint(caseless(word) for word in _WORD_RUN.findall(text)):
        return
    yield from romans(text, "en")
    for match in _DECADES.finditer(text):
        count = caseless(match.group("count") or "one")
        yield 10 * (1 if count in ("a", "one") else _UNIT_VALUE[count]), match.start(), match.end()
    for match in _ENGLISH_FIXED.finditer(text):
        yield (100 if match.group("c") else 500_000_000), match.start(), match.end()
    for match in _ENGLISH.finditer(text):
        if match.group("tens"):
            value = _TEN_VALUE[caseless(match.group("tens"))] + _UNIT_VALUE[caseless(match.group("unit"))]
        elif match.group("round"):
            value = _TEN_VALUE[caseless(match.group("round"))]
        else:
            value = _UNIT_VALUE[caseless(match.group("alone"))]
        yield value, match.start(), match.end()


def chinese(text: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each Chinese numeral counted after 第 (第二十七条, 第七十九届, 第一百零一条), and of
    each numeral of a list or range that writes 第 or the counter once (第六、十四和十五条: 6, 14 and 15)."""
    seen = set()
    for match in _CHINESE.finditer(text):
        value = chinese_value(match.group(1))
        if value is not None:
            seen.add(match.span(1))
            yield value, match.start(1), match.end(1)
    for listed in _CHINESE_LIST.finditer(text):
        for match in _NUMERAL.finditer(text, listed.start(), listed.end()):
            value = chinese_value(match.group())
            if value is not None and match.span() not in seen:
                yield value, match.start(), match.end()


_ARTICLE_PARAGRAPH = re.compile(r"第([零〇一二两三四五六七八九十百]+)条第([零〇一二两三四五六七八九十百]+)款")


def chinese_codes(text: str) -> Iterator[tuple[str, int, int]]:
    """("2.2", start, end) of each "第二条第二款" (article 2, paragraph 2), which the English may write "article 2.2"."""
    for match in _ARTICLE_PARAGRAPH.finditer(text):
        article, paragraph = chinese_value(match.group(1)), chinese_value(match.group(2))
        if article is not None and paragraph is not None:
            yield f"{article}.{paragraph}", match.start(), match.end()


def chinese_value(numeral: str) -> int | None:
    """十 -> 10, 二十七 -> 27, 一百零一 -> 101, 三千 -> 3000, and digit by digit 一五三 -> 153 (the rules of
    procedure: "第一五三条"); ``None`` for what is not a numeral."""
    if len(numeral) > 1 and all(char in _DIGIT for char in numeral):
        return int("".join(str(_DIGIT[char]) for char in numeral))
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


_MEASURE = re.compile(r"([零〇一二两三四五六七八九十百千]+)(?=岁|周岁|年|周年|天|日|个月|国|倍|名|项|个|次|届|载)")


def chinese_measures(text: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each Chinese numeral before a measure word not after 第: soft values."""
    for match in _MEASURE.finditer(text):
        if match.start() and text[match.start() - 1] == "第":
            continue
        value = chinese_value(match.group(1))
        if value is not None and value > 1:
            yield value, match.start(1), match.end(1)


@dataclass(frozen=True)
class _Words:
    """A language's number words, each a pattern (stems and their endings) and its value: units two to
    nine, ten to nineteen, the tens, a hundred; ``joiner`` is what stands between the tens and the unit of a
    compound ("vingt-cinq", "veinte y cinco", "двадцать пять"; in Arabic the unit comes first: "خمسة وعشرون")."""

    units: dict[int, str]
    teens: dict[int, str]
    tens: dict[int, str]
    hundred: str
    joiner: str
    unit_first: bool = False
    prefix: str = ""  # what may be written onto a word (the Arabic article and conjunctions)
    after_hundred: str = ""  # what stands between a unit and the hundred it follows ("الثامنة بعد المائة": 108th)
    one: str = ""  # one, as the unit of a compound only ("vingt et un"): alone it is the article ("une déclaration")


_ORDINAL_FR = "(?:s|ième|ièmes)?"
# the endings of a Russian ordinal (пятый, пятой, пятому...), and of a cardinal or an ordinal (пять, пяти, пятый)
_ENDINGS = "ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими"
_ADJ = f"(?:{_ENDINGS})"
_WORDS = {
    "fr": _Words(
        units={1: "premi(?:er|ère|ers|ères)", 2: "deux(?:ième)?s?|second(?:e)?s?", 3: "trois(?:ième)?s?", 4: "quatre|quatrième", 5: "cinq(?:uième)?s?",
               6: "six(?:ième)?s?", 7: "sept(?:ième)?s?", 8: "huit(?:ième)?s?", 9: "neuf|neuvième"},
        teens={10: "dix(?:ième)?s?|décenn(?:al|ale|aux|ales|ie|ies)", 11: "onz(?:e|ième)", 12: "douz(?:e|ième)",
               13: "treiz(?:e|ième)", 14: "quatorz(?:e|ième)", 15: "quinz(?:e|ième)", 16: "seiz(?:e|ième)",
               17: "dix-sept(?:ième)?", 18: "dix-huit(?:ième)?", 19: "dix-neu(?:f|vième)"},
        tens={80: "quatre-vingt" + _ORDINAL_FR, 20: "vingt" + _ORDINAL_FR, 30: "trent(?:e|ième)",
              40: "quarant(?:e|ième)", 50: "cinquant(?:e|ième)", 60: "soixant(?:e|ième)"},
        hundred="cent(?:ième)?s?", joiner="(?:-et-|\\s+et\\s+|-)", one="une?"),
    "es": _Words(
        units={1: "primer[oa]?s?", 2: "dos|segund[oa]s?", 3: "tres|tercer[oa]?s?", 4: "cuatro|cuart[oa]s?", 5: "cinco|quint[oa]s?",
               6: "seis|sext[oa]s?", 7: "siete|s[ée]ptim[oa]s?", 8: "ocho|octav[oa]s?", 9: "nueve|noven[oa]s?"},
        teens={10: "diez|d[ée]cim[oa]s?|decenal(?:es)?|decenios?", 11: "once|und[ée]cim[oa]s?",
               12: "doce|duod[ée]cim[oa]s?", 13: "trece", 14: "catorce", 15: "quince", 16: "diecis[ée]is",
               17: "diecisiete", 18: "dieciocho", 19: "diecinueve", 21: "veintiun[oa]?", 22: "veintid[óo]s",
               23: "veintitr[ée]s", 24: "veinticuatro", 25: "veinticinco", 26: "veintis[ée]is", 27: "veintisiete",
               28: "veintiocho", 29: "veintinueve"},
        tens={20: "veinte|vig[ée]sim[oa]s?", 30: "treinta|trig[ée]sim[oa]s?", 40: "cuarenta|cuadrag[ée]sim[oa]s?",
              50: "cincuenta|quincuag[ée]sim[oa]s?", 60: "sesenta|sexag[ée]sim[oa]s?",
              70: "setenta|septuag[ée]sim[oa]s?", 80: "ochenta|octog[ée]sim[oa]s?", 90: "noventa|nonag[ée]sim[oa]s?"},
        hundred="cien|ciento|cent[ée]sim[oa]s?", joiner="(?:\\s+y\\s+|\\s+)"),
    "ru": _Words(
        units={1: f"перв{_ADJ}|од(?:ин|на|но|ну|ного|ной|ним|ном|ному|ною)",
               # and the years of an age or a term: "двухлетнего возраста" (two years of age), "трехлетний"
               2: f"дв(?:а|е|ух|ум|умя)|втор{_ADJ}|двухлетн\\w*", 3: "тр(?:и|ех|ёх|ем|ём|емя)|трет(?:ий|ья|ье|ьего|ьем|ьему|ью|ьи|ьих)|тр[её]хлетн\\w*",
               4: f"четыр(?:е|ех|ём|ем|ьмя)|четверт{_ADJ}", 5: f"пят(?:ь|и|ью|{_ENDINGS})", 6: f"шест(?:ь|и|ью|{_ENDINGS})",
               7: f"сем(?:ь|и|ью)|седьм{_ADJ}", 8: f"восем(?:ь|и|ью)|восьм{_ADJ}", 9: f"девят(?:ь|и|ью|{_ENDINGS})"},
        teens={10: f"десят(?:ь|и|ью|{_ENDINGS})|десятилет\\w*", 11: "одиннадцат\\w*",
               12: "двенадцат\\w*", 13: "тринадцат\\w*", 14: "четырнадцат\\w*", 15: "пятнадцат\\w*",
               16: "шестнадцат\\w*", 17: "семнадцат\\w*", 18: "восемнадцат\\w*", 19: "девятнадцат\\w*"},
        tens={20: "двадцат\\w*", 30: "тридцат\\w*", 40: "сорок\\w*", 50: "пят(?:ьдесят|идесят)\\w*",
              60: "шест(?:ьдесят|идесят)\\w*", 70: "сем(?:ьдесят|идесят)\\w*", 80: "восем(?:ьдесят)|восьмидесят\\w*",
              90: "девяност\\w*"},
        hundred="сто|ста|сотн\\w*", joiner="\\s+"),
    "ar": _Words(
        units={1: "أول(?:ى)?|واحد(?:ة|ا|اً|ًا)?|حادي(?:ة)?|[إا]حدى", 2: "اثن(?:ان|ين|تان|تين|تي|تا)|ثاني(?:ة)?|(?:عام|سنت|يوم|مرت|شهر|درجت|دورت|فترت|جولت|مرحلت|دولت)(?:ين|ان)",
               3: "ثلاث(?:ة)?|ثالث(?:ة)?", 4: "أربع(?:ة)?|رابع(?:ة)?", 5: "خمس(?:ة)?|خامس(?:ة)?",
               6: "ست(?:ة)?|سادس(?:ة)?", 7: "سبع(?:ة)?|سابع(?:ة)?", 8: "ثمان(?:ي|ية)?|ثامن(?:ة)?",
               9: "تسع(?:ة)?|تاسع(?:ة)?"},
        # the teens: a unit and ten, no "و" between ("الثامنة عشرة", "السبعة عشر", "الاثنى عشر")
        teens={10: "عشر(?:ة)?|عاشر(?:ة)?|عشري(?:ة)?",
               11: "(?:أحد|إحدى|حادي(?:ة)?)\\s+عشر(?:ة)?", 12: "(?:اثن(?:ا|ي|ى|تا|تي)|ثاني(?:ة)?)\\s+عشر(?:ة)?",
               **{n: f"(?:{stem})\\s+عشر(?:ة)?" for n, stem in (
                   (13, "ثلاث(?:ة)?|ثالث(?:ة)?"), (14, "أربع(?:ة)?|رابع(?:ة)?"), (15, "خمس(?:ة)?|خامس(?:ة)?"),
                   (16, "ست(?:ة)?|سادس(?:ة)?"), (17, "سبع(?:ة)?|سابع(?:ة)?"), (18, "ثمان(?:ي|ية)?|ثامن(?:ة)?"),
                   (19, "تسع(?:ة)?|تاسع(?:ة)?"))}},
        tens={20: "عشر(?:ين|ون)|عشريني(?:ة)?", 30: "ثلاث(?:ين|ون)", 40: "أربع(?:ين|ون)", 50: "خمس(?:ين|ون)", 60: "ست(?:ين|ون)",
              70: "سبع(?:ين|ون)", 80: "ثمان(?:ين|ون)", 90: "تسع(?:ين|ون)"},
        hundred="مائة|مئة", joiner="\\s+و", unit_first=True, prefix="(?:و|ف|ب|ل|ك)?(?:ال)?",
        after_hundred="\\s+بعد\\s+(?:ال)?"),
}


def translated(text: str, language: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each number word of a French, Spanish, Russian or Arabic text (soft values)."""
    if language not in _WORDS:
        return
    for match in _pattern(language).finditer(text):
        # each group that took part is named for its value (``ct_20``, ``cu_5``: twenty-five)
        value = sum(int(name.split("_")[1]) for name, found in match.groupdict().items() if found)
        if value >= 1:
            yield value, match.start(), match.end()


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str]:
    """One word, or a compound of tens and a unit (in the order the language has them), in groups named for
    their values (a regex names a group once: the compound's are ``c...``, the lone word's ``a...``)."""
    words = _WORDS[language]

    def group(tag: str, table: dict[int, str]) -> str:
        return "|".join(f"(?P<{tag}_{n}>{pattern})" for n, pattern in
                        sorted(table.items(), key=lambda item: -len(item[1])))

    low = f"{group('ce', words.teens)}|{group('cu', words.units)}" + (f"|(?P<co_1>{words.one})" if words.one else "")
    if words.unit_first:
        compound = f"(?:{low}){words.joiner}{words.prefix}(?:{group('ct', words.tens)})"
    else:
        compound = f"(?:{group('ct', words.tens)}){words.joiner}(?:{low})"
    one = (f"(?:{compound})|(?P<ah_100>{words.hundred})|{group('at', words.tens)}|{group('ae', words.teens)}"
           f"|{group('au', words.units)}")
    if words.after_hundred:
        one = (f"(?:{group('he', words.teens)}|{group('hu', words.units)}){words.after_hundred}"
               f"(?P<hh_100>{words.hundred})|{one}")
    return re.compile(rf"(?<![\w-]){words.prefix}(?:{one})(?![\w-])", re.IGNORECASE)
