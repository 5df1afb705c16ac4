"""Numbers, amounts, percentages and dates as each UN language writes them.

Each value is read into a normal form that is the same in every language,
and keeps the text it was read from for messages:

* numbers: 3,5 (French, Spanish, Russian) = 3.5 (English, Chinese, Arabic,
  also ٣٫٥); 1 000 with a space, a no-break or a narrow no-break space =
  1,000; ordinals 78e = 78th = 78ª = 78-е;
* amounts: "3,5 millions" = "3.5 million" = "350万" = 3500000;
* percentages: 5 % = 5% = 5 per cent = 5 pour cent = 5 por ciento;
* dates: 19 septembre 2002 = 19 September 2002 = September 19, 2002 =
  19 de septiembre de 2002 = 19 сентября 2002 года = 2002年9月19日 =
  19 أيلول/سبتمبر 2002, all 2002-09-19; a range or a pair of days gives
  its first and its last day: du 18 au 22 mars 2003 = from 18 to 22 March
  2003 = 2003年3月18日至22日; a list writes its year or its month once:
  from 12 to 15 September and 28 November to 4 December 2022 (``dates.py``);
* times of day: 6 p.m. = 18.00 horas = 18 heures = 18 ч 00 мин = 下午6时 (``times.py``).

translate-toolkit's ``numbers`` check compares digit strings, so it reads
the French 3,5 as 3 and 5; this module reads them per locale.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from math import prod

from . import numberwords
from .anchors import SALES, normalise_number, symbol_matches
from .dates import arabic_ordinal_days, dates
from .languages import caseless, profile
from .times import times

_ANY_DIGIT = re.compile(r"[0-9٠-٩۰-۹０-９]")
_ASCII_DIGIT = re.compile(r"[0-9]")
_ASCII_DIGITS = re.compile(r"[0-9]+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９٫٬", "0123456789" * 3 + ".,")
_SCALES = {
    "thousand": 1e3, "mille": 1e3, "mil": 1e3, "тысяч": 1e3, "тыс": 1e3, "千": 1e3, "ألف": 1e3, "آلاف": 1e3,
    "million": 1e6, "millions": 1e6, "millón": 1e6, "millones": 1e6, "миллион": 1e6, "миллиона": 1e6,
    "миллионов": 1e6, "млн": 1e6, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
    "billion": 1e9, "milliard": 1e9, "milliards": 1e9, "millardo": 1e9, "millardos": 1e9, "миллиард": 1e9,
    "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9, "بليون": 1e9, "بلايين": 1e9, "بليونا": 1e9, "مليار": 1e9, "مليارات": 1e9,
    "万": 1e4, "亿": 1e8,
    "trillion": 1e12, "billón": 1e12, "billones": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12,
    "трлн": 1e12, "تريليون": 1e12, "تريليونات": 1e12, "万亿": 1e12,
}
_SCALE = "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
# the Russian adjective too: "90-процентного показателя", a rate of 90 per cent
# "6.5per cent" too, as text taken from a PDF may run them together
_PERCENT = r"(?:\s?%|\s?٪|\s*per\s+cent|\s+pour\s+cent|\s+por\s+ciento|(?:\s+|-)процент\w*|\s+في\s+المائة)"
_ORDINAL = r"(?:st|nd|rd|th|e|er|ème|ª|º|a|o|-е|-й|-го|-я)?"

_POINT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# the UN's tables group thousands with spaces in every language ("Disarmament 19 127 700"); in running text, with
# a point for decimals, a single group is too often two numbers ("section 3 100 posts"): millions and up only
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3}){2,}(?!\d|[.,]\d)|"
_COMMA = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


@dataclass(frozen=True)
class Value:
    kind: str  # number | percent | grade | date | time
    value: str  # the normal form
    text: str  # as written
    start: int
    end: int
    # written in words in the original ("twenty-eighth"): it answers for a digit opposite, and is never reported
    # missing itself (the translation may spell it out too, in words untm does not read)
    soft: bool = False


# an Arabic label of letters and a number: "المقرر 1/م أ-21" (1/CP.21), "الفرع باء-2" (sect. B.2)
_ARABIC_LABEL = re.compile(r"(?<![\u0621-\u064a])(?:[\u0621-\u064a]{1,3}\s)?[\u0621-\u064a]+\s?-\s?\d+(?:/[\u0621-\u064a]+\s?-\s?\d+)*")
_ARABIC_LETTERED = re.compile(r"(?:رقم|الباب|الفرع|القسم)\s(\d+)\s+(?:ألف|باء|جيم|دال|هاء)(?![\u0621-\u064a])")
_ARABIC_LISTED = re.compile(r"\s*[،,و]?\s*(\d{1,3}(?:-(?:\d{1,2}|[\u0621-\u064a]))+)(?![\d-])")
# a dual names two codes ("للبندين 3-1 و 3-2": regulations 3.1 and 3.2); a plural, a range ("الفقرات 24-76")
# ... and after "رقم" (No.): "مجال الاستثمار رقم 3-5" (investment area 3.5)
_ARABIC_CODE = re.compile(r"(?:ال|لل|بال|وال|فال)?(?:غاية|غايات|غايتين|هدف|أهداف|مؤشر|مؤشرات|مؤشرين|قرار|قرارين|بند|بندين"
                          r"|فقرة|فقرتين|قاعدة|قاعدتين|مادة|مادتين|رقم)"
                          r"(?:ها|هما|هم)?"
                          r"(?:\s+[\u0621-\u064a]+){0,3}\s+(\d{1,3}(?:-\d{1,2}){1,3})(?![\d-])")
# an item label quoted as the Arabic prints (i), (ii): "’1‘"
_ARABIC_ITEM = re.compile(r"[’']\s?\d{1,2}\s?[‘']")
# names that hold a number but are no quantity: COVID-19 (the Chinese says 冠状病毒病), СНВ-3, the grades other than
# _GRADE's (G-5, the Russian ОО-4, О-5); a grade _GRADE refuses for the letter before it is a name too
_NAMES = re.compile(r"(?<![A-Za-z])(?:COVID|Covid|covid|كوفيد)\s?[-‑–]?\s?19(?!\d)|SARS-CoV-2|coronavirus 2019"
                    r"|(?<![А-Яа-я])СНВ-\d(?!\d)"  # the Russian name of New START (СНВ-3), START I (СНВ-1)
                    r"|(?<!\d)1re\s+classe|\(1eC\)"  # the French grade "1re classe", "G(1eC)": Principal level
                    r"|(?<![A-Za-zА-Яа-я0-9-])(?:ASG|USG|FS|GS|NO|P|D|G|L|C|С|Д|ОО|О|ПС)\s?[-‑–]\s?\d(?!\d)")
# one of a scale in words, with no digit ("un milliard", "mil millones", "одного миллиарда", the Arabic "بليون"
# alone): soft
_ONE_SCALE = {
    "fr": re.compile(r"(?<!\w)(?:un|d'un|d’un|du)\s+(milliard|million)\b", re.IGNORECASE),  # "la barre du milliard"
    "es": re.compile(r"(?<!\w)(un\s+millón|mil\s+millones|un\s+billón)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:один|одного|одному|одним|одном)\s+(миллиард|миллион)\w*", re.IGNORECASE),
    "ar": re.compile(r"(?<![\d\u0621-\u064a])(?:ب|ل|و)?(?:ال)?(بليون|مليار|مليون)(?![\u0621-\u064a])"),  # "دون البليون"
}
_ONE_OF = {"un millón": 1e6, "mil millones": 1e9, "un billón": 1e12}  # the Spanish phrases; a word alone is a scale
_TRILLIONS = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)T\b")  # the English "Roadmap to 1.3T": 1.3 trillion
# staff grades of the Professional and Director categories, whose level matters (P-4 against P-5), and the
# letters each language gives them (the Russian С-4, Д-1; the Arabic ف-4, مد-1); other grades are names
# (the Russian С typed as a Latin C too)
_GRADE = re.compile(r"(?<![A-Za-zА-Яа-я0-9\u0621-\u064a-])(P|D|С|C|Д|ف|مد)\s?[-‑–]\s?(\d)(?!\d)")
_GRADE_KINDS = {"P": "P", "С": "P", "C": "P", "ف": "P", "D": "D", "Д": "D", "مد": "D"}
# a national law's number and its year ("Law No. 10/2018"; the translations write "no 10 de 2018", "رقم 10 لعام
# 2018"): two numbers, not a reference
_OF_YEAR = re.compile(r"(?<![\d/])(\d{1,3})/((?:19|20)\d\d)(?![\d/])")
# the Chinese items of a convention's sub-paragraph, "第1目", "第1或第2目", which the English labels (i), (ii)
_CHINESE_ITEMS = re.compile(r"第\d{1,2}(?:(?:或|和|、|至|及)第?\d{1,2})*目")
# an item's label at the head of a text, which the reader leaves in its unit's text as the English leaves its "(i)"
# ("㈠ 1. 明知财产为犯罪所得...": the letter (a), its item (i) printed "1."): a label, not a number (so a head label
# that differs, "1." against "2.", is not reported either: the structure check compares labels)
_HEAD_LABEL = re.compile(r"^\s*\d{1,2}[.)](?=\s)")
_ROUND_THE_CLOCK = re.compile(r"(?<![\d/])24\s?/\s?7(?![\d/])")  # "24/7": 24 hours, 7 days, in words elsewhere
# a number glued to letters ("UN80", "Space2030", "G20") or to an abbreviation's point ("vol.823", "paras.146",
# "п.8"): a name's part or a reference written tight, soft; and a footnote call typed after a number and its
# comma ("of 12 August 1949,2 continue", where the Chinese and Arabic print the call as a digit after a word)
# (a code glued to its letters too: "paragraph IS2.4" of a report, "WHA77.4", which the translations write "ب إ 2-4",
# "WHA 77.4")
_GLUED = re.compile(r"(?<=[A-Za-zА-Яа-яЁё])\.?\d+(?:\.\d+)*(?!\d|[.,]\d)|(?<=\d,)\d{1,2}(?!\d|[.,]\d)")
# a target lettered after its goal's number, "9.a" (the Arabic "9-أ"), or the Spanish ordinal typed "3.a": soft
_LETTERED_TARGET = re.compile(r"(?<![\d.])(\d{1,2})\.[a-z](?![A-Za-z0-9])")
# a figure of speech, "its 360-degree vision": "comprehensive" in some translations, "360 grados" in others; and the
# Spanish term for infant and child mortality, "(niños) menores de 5 años" (under five): soft
_FIGURE = re.compile(r"(?<![\d.,])(360)-degree|(?<=menores de[ \u00a0])(5)(?=[ \u00a0]años)")

_DECADE_YEARS = re.compile(r"(?<![\d.,])(1[5-9]|20)(\d0)s\b")  # "the 1990s": "les années 90", "التسعينات"
_FIRST_SPLIT = re.compile(r"(?<![\d,.])1\s+er(?=\s)")  # the French "1 er juillet": a superscript set apart
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u0652]")  # tatweel and the short vowels, shadda, sukun
_ARABIC_SLASH = re.compile(r"\s*/\s*")
_ARABIC_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")  # presentation forms, the ligature "ﻷ" among them
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")  # left-to-right, right-to-left marks
_ARABIC_SESSION = re.compile(r"\(\s*(?:د\s*إ?\s*-|دإ\s*-)\s*\d+\s*\)")
_ARABIC_THOUSANDS = re.compile(r"(?<=[\d\u0660-\u0669])\u066c(?=[\d\u0660-\u0669]{3})")
_ARABIC_GROUPS = re.compile(r"(?<![\d.,])\d{3}(?: \d{3})* \d{1,3}(?![\d,])")


_NO_BRACKET = r"(?!\s*\()"
_NO_DIGIT = r"(?!\d)"
_AFTER_SCALE = r"(?(scale)|(?!\d))"  # a digit may follow a scale, not a number
# what joins the two ends of a range whose scale or per cent is written once, after the second
_SHARED = re.compile(r"\s*(?:and|to|or|[-–‑]|et|à|au|ou|y|a|al|o|и|до|или|по|至|和|到|و|إلى|أو)\s*", re.IGNORECASE)
_WORD_END = r"(?![^\W\d_])"  # "million" in "millions" is no scale (Chinese, written without spaces, has no ends)


@lru_cache(maxsize=None)
def _number_pattern(language: str) -> re.Pattern[str]:
    # a point and one or two digits in a decimal-comma language is a code or a time as the original writes it
    # ("cible 16.4", "10.00 horas"), read as the original's number, not as 16 and 4
    # and in every language a code of three or four levels ("indicator 17.3.1"), whatever follows it but a digit
    levels = "{1,3}" if profile(language).decimal_comma else "{2,3}"
    code = rf"(?P<code>\d{{1,3}}(?:\.\d{{1,2}}){levels})(?!\d|[.,]\d)|"
    body = code + (_COMMA if profile(language).decimal_comma else _SPACED + _POINT)
    if language == "ar":  # 1,5 and 1.5 both, in the UN's Arabic; its thousands are spaced groups (see _extract)
        body = code + r"\d+(?:[.,]\d+)?"
    elif language == "zh":  # the UN's Chinese groups thousands with commas, and in tables with spaces
        body = code + r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?!\d)|" + _POINT
    return re.compile(
        # a scale word ends a word ("148.1 million (22.3 per cent)" is a scale before a bracket; the Arabic
        # "ألف" is not: see _scale); the Chinese may say "over" between the number and its scale (370多万)
        # not glued to a Latin or Cyrillic letter ("UN80", "войны2": a call typed after a word, a name's number; read
        # softly as _GLUED says); glued to a Chinese or an Arabic one it is a number ("于2025年", "و2025")
        rf"(?<![A-Za-zА-Яа-яЁё\d.,/])(?P<number>{body})(?P<ordinal>{_ORDINAL})"
        rf"(?:\s*{'(?:多|余)?' if language == 'zh' else ''}(?P<scale>{_scale(language)}){'' if language == 'zh' else _WORD_END})?"
        # and no digit follows, but after a Chinese scale, which ends the number ("4 500万5岁以下儿童": 45 million
        # children under 5)
        rf"(?P<percent>{_PERCENT})?{_AFTER_SCALE if language == 'zh' else _NO_DIGIT}",
        re.IGNORECASE,
    )


def _scale(language: str) -> str:
    """The scale words; in Arabic, "ألف" is one only when no bracket follows ("217 ألف (د-3)" is resolution
    217 A (III)), the others are always ("45 مليون (6,8 في المائة)")."""
    if language != "ar":
        return _SCALE
    return rf"(?:ألف|آلاف){_NO_BRACKET}|" + "|".join(
        sorted((re.escape(w) for w in _SCALES if w not in ("ألف", "آلاف")), key=len, reverse=True))


def digits(text: str) -> str:
    """The digits of a text in order, Arabic-Indic ones as ASCII: "١٢ et 3 000" -> "123000"."""
    return "".join(_ASCII_DIGIT.findall(text.translate(_DIGITS)))


def extract(text: str, language: str) -> list[Value]:
    """Dates, then percentages and numbers, of a text; symbols and sales numbers are left out."""
    return list(_extract(text, language))


@lru_cache(maxsize=4096)  # the numbers and the dates checks read the same units
def _extract(text: str, language: str) -> tuple[Value, ...]:
    if not _ANY_DIGIT.search(text):  # every value but a number or a time in words holds a digit
        return tuple(sorted((*_worded(text, language),
                             *(Value("time", clock, text[a:b], a, b, soft=True) for clock, a, b in times(text, language))),
                            key=lambda v: v.start))
    if language == "ar":  # the Arabic thousands separator, where it is used, groups in order: "١٬٠٠٠"
        text = _ARABIC_THOUSANDS.sub("", text)
    text = text.translate(_DIGITS)
    if language == "fr":  # "1 er" as "1er", the same length: the values keep their places
        text = _FIRST_SPLIT.sub(lambda m: "1er".ljust(len(m.group())), text)
    text = _BIDI.sub("", text)  # "2019\u200e年6月28日": the marks of right-to-left layout, unseen, split a date
    if language == "ar":  # month names as typed: "كانون الأول/ ديسمبر", a no-break space, a tatweel, a shadda
        text = _ARABIC_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)  # "اﻷول": الأول
        text = _ARABIC_SLASH.sub("/", _ARABIC_MARKS.sub("", text.replace("\u00a0", " ").replace("\u202f", " ")))
        # thousands in the other order, as the UN's Arabic files hold them: "887 306" is 306,887
        text = _ARABIC_GROUPS.sub(lambda m: "".join(reversed(m.group(0).split(" "))), text)

    # an Arabic day as an ordinal is read in digits, the same length: the date shows the words it was read from
    found, taken = dates(arabic_ordinal_days(text) if language == "ar" else text, language)
    values = [Value("date", when, text[start:end], start, end) for when, start, end in found]

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for clock, start, end in times(text, language):
        if free(start, end):
            written = text[start:end]  # "noon", "midi" in words: soft, as number words are
            values.append(Value("time", clock, written, start, end, soft=not _ANY_DIGIT.search(written)))
            taken.append((start, end))
    taken += [m.span() for m in SALES.finditer(text)]
    for match in _GRADE.finditer(text):  # a grade is compared whole, as its kind and level
        values.append(Value("grade", f"{_GRADE_KINDS[match.group(1)]}-{match.group(2)}", match.group(0), *match.span()))
        taken.append(match.span())
    for match in _ROUND_THE_CLOCK.finditer(text):  # soft: "7天24小时", "24 heures sur 24"
        values += [Value("number", "24", "24", match.start(), match.start() + 2, soft=True),
                   Value("number", "7", "7", match.end() - 1, match.end(), soft=True)]
        taken.append(match.span())
    taken += [m.span() for m in _NAMES.finditer(text)]
    taken += [m.span() for m in _HEAD_LABEL.finditer(text)]
    for match in _LETTERED_TARGET.finditer(text):  # soft: "9-أ" is a label, "الغاية 9-أ" may read 9
        values.append(Value("number", match.group(1), match.group(), *match.span(1), soft=True))
        taken.append(match.span())
    for match in _FIGURE.finditer(text):
        if free(*match.span()):
            number = match.lastindex
            values.append(Value("number", str(int(match.group(number))), match.group(), *match.span(number),
                                soft=True))
            taken.append(match.span())
    for match in _OF_YEAR.finditer(text):
        # "COVID-19/2020": the name's number taken already, the year read all the same
        parts = [group for group in (1, 2) if free(*match.span(group))]
        values += [Value("number", str(int(match.group(group))), match.group(group), *match.span(group))
                   for group in parts]
        taken += [match.span(group) for group in parts]
    if language == "zh":
        taken += [m.span() for m in _CHINESE_ITEMS.finditer(text)]
    if language == "en":
        for match in _TRILLIONS.finditer(text):
            values.append(Value("number", _format(float(match.group(1)) * 1e12), match.group(), *match.span()))
            taken.append(match.span())
    for match in _DECADE_YEARS.finditer(text):  # soft, as 1990 and as 90
        values += [Value("number", match.group(1) + match.group(2), match.group(), *match.span(), soft=True),
                   Value("number", str(int(match.group(2))), match.group(), *match.span(), soft=True)]
        taken.append(match.span())
    if language == "ar":  # "الغاية 16-4", "المؤشر 17-3-1": the Arabic writes a goal's target with hyphens
        for match in _ARABIC_CODE.finditer(text):
            # the first code after the word, and those listed after it ("9-1-2 و 9-أ و 3-9")
            end = match.start(1)
            for code in _ARABIC_LISTED.finditer(text, match.start(1)):
                if code.start() != end:  # the list ends where something else than a code follows
                    break
                end = code.end()
                if code.group(1)[-1].isdigit():
                    values.append(Value("number", _format_code(code.group(1).replace("-", ".")), code.group(1),
                                        *code.span(1)))
                taken.append(code.span(1))
    if language == "ar":  # a session in Arabic numbers, "(د-15)", is the original's Roman "(XV)": not a number
        taken += [m.span() for m in _ARABIC_SESSION.finditer(text)]
        # a label of letters and a number: "المقرر 1/م أ-21" (1/CP.21), "الفرع باء-2" (sect. B.2), "ثانيا-75" (II.75)
        # (its numbers soft: "الخطة هاء-1" answers for "the E-1 plan", whose 1 the English reads)
        for match in _ARABIC_LABEL.finditer(text):
            if free(*match.span()) and "/" not in match.group():  # not "1/م أ-21" (decision 1/CP.21): a symbol's
                at = match.start()
                values += [Value("number", str(int(n.group())), n.group(), at + n.start(), at + n.end(), soft=True)
                           for n in _ASCII_DIGITS.finditer(match.group())]
            taken.append(match.span())
        taken += [m.span() for m in _ARABIC_ITEM.finditer(text)]
        for match in _ARABIC_LETTERED.finditer(text):  # "الملحق رقم 53 ألف": Supplement No. 53A, not 53,000
            values.append(Value("number", match.group(1), text[match.start(1):match.end()], match.start(1), match.end()))
            taken.append(match.span())
    taken += [m.span() for m in symbol_matches(text)]
    comma = profile(language).decimal_comma
    before: tuple[float, int] | None = None  # the last plain number read, and where it ends
    for match in _number_pattern(language).finditer(text):
        if not free(*match.span()):
            continue
        raw = match.group("number").replace(",", ".") if language == "ar" else match.group("number")
        code = match.groupdict().get("code")  # "16.4" in French: as the original writes it
        if code and code.count(".") > 1:  # "17.3.1": a code, not a quantity
            values.append(Value("number", code, code, *match.span("code")))
            continue
        number = float(normalise_number(raw, comma and language != "ar" and not code))
        scale = match.group("scale")
        factor = _SCALES.get(scale.lower().rstrip("."), 1) if scale else 1
        kind = "percent" if match.group("percent") else "number"
        if (factor != 1 or kind == "percent") and before and _SHARED.fullmatch(text[before[1]:match.start()]) \
                and float(values[before[0]].value) < number and not _year(float(values[before[0]].value)):
            # "between 713 and 757 million", "de 10 à 20 %": the first of a range (the lesser: not "in 2019 and 5
            # million") shares the last's scale
            first = values.pop(before[0])
            values.insert(before[0], replace(first, kind=kind, value=_format(float(first.value) * factor)
                                             + ("%" if kind == "percent" else "")))
        before = (len(values), match.end()) if factor == 1 and kind == "number" and not code else None
        values.append(Value(kind, _format(number * factor) + ("%" if kind == "percent" else ""),
                            match.group(0).strip(), *match.span()))
        taken.append(match.span())
    for match in _GLUED.finditer(text):
        if free(*match.span()):
            number = match.group().lstrip(".")
            values.append(Value("number", _format_code(number), number, match.end() - len(number), match.end(),
                                soft=True))
    # numbers in words last: "٣٫٥ في المائة" is a percentage, not three and a half and a hundred
    values += (value for value in _worded(text, language) if free(value.start, value.end))
    return tuple(sorted(values, key=lambda v: v.start))


def _worded(text: str, language: str) -> Iterator[Value]:
    """The numbers a text writes in words (``numberwords``), and one of a scale ("un milliard"): soft values."""
    words = list(numberwords.words(text, language))
    scales = []
    if language in _ONE_SCALE:
        # not where a number stands before it: "dos mil millones" is two thousand million, not one
        ends = {end for _, _, end in words} | {m.end() for m in _ANY_DIGIT.finditer(text)}
        for match in _ONE_SCALE[language].finditer(text):
            if len(text[:match.start()].rstrip()) in ends:
                continue
            phrase = " ".join(match.group(1).lower().split())
            if scale := _ONE_OF.get(phrase) or _SCALES.get(phrase):
                scales.append(Value("number", _format(scale), match.group(), *match.span(), soft=True))
    # the "un" of "un milliard" is the scale's, not a number of its own
    for number, start, end in words:
        if any(s.start <= start and end <= s.end for s in scales):
            continue
        # a word's scales: "بمائة ألف" (a hundred thousand), "dos mil millones" (two thousand million); not the
        # last word's of a compound ("one hundred and fifty thousand", "cent cinquante mille": not 50,000)
        if isinstance(number, int) and (after := _scales_after(language).match(text, end)) \
                and not any(e <= start and _COMPOUND.fullmatch(text, e, start) for _, _, e in words):
            number = int(number * prod(_SCALES[caseless(w).rstrip(".")] for w in after.group().split()))
            end = after.end()
        yield Value("number", str(number), text[start:end], start, end, soft=True)
    yield from scales


# what stands between the words of a compound number: "one hundred and fifty", "cent cinquante", "veinte y dos"
_COMPOUND = re.compile(r"[\s\-]*(?:(?:hundred|and|et|y|e|и|و)[\s\-]*)*", re.IGNORECASE)


@lru_cache(maxsize=None)
def _scales_after(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?:\s+(?:{_scale(language)}){_WORD_END})+", re.IGNORECASE)


def _year(number: float) -> bool:
    """A number that reads as a year ("en 2022 a 52.600 millones" is in 2022, not 2,022 to 52,600 million)."""
    return number.is_integer() and 1900 <= number <= 2100


def _format_code(code: str) -> str:
    """A code as the numbers read it: "16.4" as the decimal it looks like, "17.3.1" as it is."""
    return code if code.count(".") > 1 else _format(float(code))


def _format(number: float) -> str:
    number = round(number, 6)  # 2.49亿 is 249000000, not 249000000.00000003
    return str(int(number)) if number == int(number) else repr(number)


def compare(source: list[Value], target: list[Value]) -> tuple[list[Value], list[Value]]:
    """Values of the source missing from the target, and of the target not in the source (a soft value answers
    for one opposite, but is not reported)."""
    return ([v for v in _unmatched(source, target) if not v.soft],
            [v for v in _unmatched(target, source) if not v.soft])


def _unmatched(values: list[Value], others: list[Value]) -> list[Value]:
    """The values that ``others`` do not account for (for repeats, the later ones)."""
    available = Counter((v.kind, v.value) for v in others)
    left = []
    # a value in digits is matched before one in words: "two ... 2" against "2" leaves the word over, not the digit
    for value in sorted(values, key=lambda v: v.soft):
        key = (value.kind, value.value)
        if available[key]:
            available[key] -= 1
        else:
            left.append(value)
    return left
