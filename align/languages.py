"""What untm knows of each official UN language's layout conventions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import UntmError

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
# Arabic-Indic digits, as the Arabic texts print numbers: ١٣ = 13.
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


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
    article: re.Pattern[str] = re.compile(r"^\s*Article\s+(\d+)\.?\s*$")
    preamble: re.Pattern[str] = re.compile(r"^\s*Preamble\s*$", re.I)
    whereas: re.Pattern[str] = re.compile(r"^\s*Whereas\b")
    space_before_high_punctuation: bool = False
    decimal_comma: bool = False
    # The words that join the first and last day of a range or a pair of
    # days: "du 18 au 22 mars", "on 18 and 19 March", "2003年3月18日至22日".
    range_words: tuple[str, ...] = ()
    # The word that may stand between a month and its year: "May in 2025", "мая в 2025 году".
    month_in_year: str = ""
    # Sub-paragraph letters in their printed order: "(a)", "a)", "а)", "(أ)".
    # Item n of this alphabet is item n of every other: ids use the Latin letter.
    item_letters: str = "abcdefghijklmnopqrstuvwxyz"
    # The heading of an annex: "Annex", "Annex II"; the annex's title may follow on the line.
    annex: re.Pattern[str] = re.compile(r"^\s*Annex(?!\w)(?:\s+[IVXLC\d]+\b)?")
    # How the words of the lexicon (``align/lexicon``) are cut from a text: its words,
    # cut to their first ``stem`` letters, after one of the ``clitics`` written
    # onto them is taken off; or, for a language written without spaces, its
    # pairs of characters.
    stem: int = 6
    clitics: tuple[str, ...] = ()
    character_pairs: bool = False

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
        re.compile(r"^\s*\d+(?:st|nd|rd|th)\s+(?:\([^)]*\)\s+)?plenary meeting(?:\s*[(（][^)）]*[)）])?\s*$", re.I),
        ("january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december"),
        range_words=("to", "and", "through"),
        month_in_year="in",
    ),
    "fr": LanguageProfile(
        "fr",
        re.compile(r"^\s*L[’']Assemblée générale\s*,?\s*$"),
        re.compile(r"^\s*\d+(?:e|er|ème)\s+séance plénière(?:\s*[(（][^)）]*[)）])?\s*$", re.I),
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
         "août", "septembre", "octobre", "novembre", "décembre"),
        article=re.compile(r"^\s*Article\s+(\d+|premier)\.?\s*$"),
        preamble=re.compile(r"^\s*Préambule\s*$", re.I),
        whereas=re.compile(r"^\s*Considérant\b"),
        space_before_high_punctuation=True,
        decimal_comma=True,
        range_words=("au", "à", "et"),
        annex=re.compile(r"^\s*Annexe(?!\w)(?:\s+[IVXLC\d]+\b)?"),
    ),
    "es": LanguageProfile(
        "es",
        re.compile(r"^\s*La Asamblea General\s*,?\s*$"),
        re.compile(r"^\s*\d+[ªa.]?\s+sesión plenaria(?:\s*[(（][^)）]*[)）])?\s*$", re.I),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
         "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
        article=re.compile(r"^\s*Artículo\s+(\d+)\.?\s*$"),
        preamble=re.compile(r"^\s*Preámbulo\s*$", re.I),
        whereas=re.compile(r"^\s*Considerando\b"),
        decimal_comma=True,
        range_words=("al", "a", "y"),  # "del 5 al 13", "5 a 13 de septiembre"
        month_in_year="en",  # "noviembre en 2024"
        annex=re.compile(r"^\s*Anexo(?!\w)(?:\s+[IVXLC\d]+\b)?"),
    ),
    "ru": LanguageProfile(
        "ru",
        re.compile(r"^\s*Генеральная Ассамблея\s*,?\s*$"),
        re.compile(r"^\s*\d+(?:[-‑]е|[-‑]м)?\s*(?:\([^)]*\)\s+)?пленарное заседание(?:\s*[(（][^)）]*[)）])?\s*$", re.I),
        ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
         "августа", "сентября", "октября", "ноября", "декабря"),
        article=re.compile(r"^\s*Статья\s+(\d+)\.?\s*$"),
        preamble=re.compile(r"^\s*Преамбула\s*$", re.I),
        whereas=re.compile(r"^\s*Принимая во внимание\b", re.I),
        decimal_comma=True,
        range_words=("по", "и"),
        month_in_year="в",
        item_letters="абвгдежзиклмнопрстуфхцчшщэюя",
        annex=re.compile(r"^\s*Приложение(?!\w)(?:\s+[IVXLC\d]+\b)?"),
    ),
    "ar": LanguageProfile(
        "ar",
        re.compile(r"^\s*(?:ف?إن\s+)?الجمعية العامة\s*[،,]?\s*$"),
        re.compile(r"^\s*الجلسة العامة\s+[\d٠-٩]+(?:\s*[(（][^)）]*[)）])?\s*$"),
        ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه",
         "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
        article=re.compile(r"^\s*المادة\s+([\d٠-٩]+)\s*$"),
        preamble=re.compile(r"^\s*الديباجة\s*$"),
        whereas=re.compile(r"^\s*و?لمّ?ا\s+كان"),
        range_words=("إلى", "حتى", "و"),
        # The abjad order of UN Arabic lists: (أ) (ب) (ج) (د) (هـ) (و) ...
        item_letters="أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
        # the article and the conjunctions and prepositions written onto a word, longest first
        clitics=("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف"),
        annex=re.compile(r"^\s*المرفق(?!\w)(?:\s+(?:[IVXLC\d]+\b|الأول|الثاني|الثالث|الرابع|الخامس)(?!\w))?"),
    ),
    "zh": LanguageProfile(
        "zh",
        re.compile(r"^\s*大会\s*[，,]?\s*$"),
        re.compile(r"^\s*第\s*\d+\s*次全体会议(?:\s*[(（][^)）]*[)）])?\s*$"),
        tuple(f"{n}月" for n in range(1, 13)),
        article=re.compile(r"^\s*第\s*([一二三四五六七八九十百\d]+)\s*条\s*$"),
        preamble=re.compile(r"^\s*序言\s*$"),
        whereas=re.compile(r"^\s*鉴于"),
        range_words=("至", "到", "和", "及", "、"),
        annex=re.compile(r"^\s*附件[一二三四五六七八九十IVX\d]*"),
        character_pairs=True,
    ),
}


def caseless(text: str) -> str:
    """A text as a pattern that ignores case sees it, for a quick look before the pattern runs: what it
    matches, ignoring case, is in this text as the lowercase word (``casefold``, and the Turkish dotted and
    dotless i, which the standard library's patterns take for an i)."""
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


def base_language(code: str | None) -> str:
    """The primary language subtag of a code, in lower case: ``fr`` for ``fr``, ``FR``, ``fr-FR``, ``fr_CA``.
    (``tmx.reader`` has its own: taking it from there would import the TMX reader, and lxml, for ``--help``.)"""
    return (code or "").strip().replace("_", "-").split("-")[0].lower()


def profile(code: str) -> LanguageProfile:
    """The profile of a language code (``fr``, ``fr-FR``, ``FR``); for a language other than the six that
    untm knows by name (German: ``de``), a bare one that reads structure and nothing of the locale."""
    base = base_language(code)
    if base in _PROFILES:
        return _PROFILES[base]
    if base in _OTHER_LANGUAGES:
        return _bare(base)
    raise UntmError(f"unknown language {code!r}: untm knows {', '.join(LANGUAGES)}")


def known(code: str) -> bool:
    """Whether untm has a profile of ``code``'s conventions (numbers, dates, words): one of the six."""
    return base_language(code) in _PROFILES


@lru_cache(maxsize=None)
def _bare(code: str) -> LanguageProfile:
    """A language untm has no profile for, read by structure: its paragraphs numbered as the UN numbers them,
    the meeting line a number and a word or two ("75. Plenarsitzung"), no month names (no date line is told
    from the text: the markup of Akoma Ntoso says it), and no lexicon."""
    return LanguageProfile(
        code,
        re.compile(r"(?!x)x"),  # the formula is found by its shape: a few words and a comma
        re.compile(r"^\s*\d+(?:\.|st|nd|rd|th|e|ª|-е)?\s+\w+(?:\s+\w+)?\s*$"),
        (),
    )


_RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})


def direction(code: str) -> str:
    """``rtl`` for Arabic (and the other right-to-left scripts), else ``ltr``: for HTML's ``dir``."""
    return "rtl" if base_language(code) in _RIGHT_TO_LEFT else "ltr"


_CODE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def tmx_code(given: str | None, language: str) -> str:
    """The code written in a TMX for ``language``: as given, put in the standard form of a BCP 47 tag by
    langcodes (``fr_fr`` -> ``fr-FR``, ``zh-hans-cn`` -> ``zh-Hans-CN``), else the language itself.  A tag
    that is not well formed, or names another language (``de-DE`` for French), is refused."""
    if given is None:
        return language
    import langcodes  # only a run given --src-code or --tgt-code needs it

    tag = given.replace("_", "-")
    if not _CODE.match(tag) or not langcodes.tag_is_valid(tag) or langcodes.get(tag).language != language:
        raise UntmError(f"language code {given!r} is not a code for {language!r}; write it like {language} or "
                        f"{language}-XX (a BCP 47 tag: fr-FR, en-GB, zh-Hans-CN)")
    return langcodes.standardize_tag(tag)


# The language letter of the UN's own file names: A_RES_79_236-2424614F.xml.
_UN_LETTERS = {"A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es"}
# The UN's own file names: document stem, job number (the same in every language), language letter.
UN_FILE = re.compile(r"^(?P<stem>.+?)-(?P<job>\d{7})(?P<letter>[ACEFRS])\.[A-Za-z]+$")
# ISO 639-2/3 codes of Akoma Ntoso's FRBRlanguage (and 639-1 codes as they are).
_ISO639 = {"ara": "ar", "arb": "ar", "chi": "zh", "zho": "zh", "cmn": "zh", "eng": "en", "fra": "fr",
           "fre": "fr", "rus": "ru", "spa": "es"}


def language_from_path(path: str) -> str | None:
    """``A_RES_57_263.fr.txt`` or the UN's ``A_RES_79_236-2424614F.xml`` -> ``fr``; ``None`` when the name does not say."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    parts = name.split(".")
    if len(parts) >= 3 and parts[-2].lower() in _PROFILES:
        return parts[-2].lower()
    match = UN_FILE.match(name)
    return _UN_LETTERS[match["letter"]] if match else None


# The UNxml repositories keep each language in a folder: 79session/French/A_RES_79_236-2424614F.xml.
UN_FOLDERS = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}
# The forms untm reads, by the extensions they are published with.
FORM_EXTENSIONS = frozenset({"txt", "xml", "akn", "pdf", "docx", "doc"})
_OWN_NAME = re.compile(r"^(.+)\.([A-Za-z]{2})\.([A-Za-z]+)$")


def document_name(filename: str) -> tuple[str, str] | None:
    """(document stem, language) of a file name: ``A_RES_57_263.fr.txt`` -> (``A_RES_57_263``, ``fr``);
    the UN's ``A_RES_79_236-2424614F.xml`` -> (``A_RES_79_236``, ``fr``); ``None`` when it says neither."""
    if filename.rsplit(".", 1)[-1].lower() not in FORM_EXTENSIONS:
        return None
    match = _OWN_NAME.match(filename)
    if match and match.group(2).lower() in _PROFILES:
        return match.group(1), match.group(2).lower()
    match = UN_FILE.match(filename)
    if match:
        return match["stem"].replace(" ", "_"), _UN_LETTERS[match["letter"]]
    return None


# Languages a file may be in that untm does not read (ISO 639-1 and -2): named to say so.
_OTHER_LANGUAGES = frozenset(
    "de deu ger it ita pt por nl nld dut pl pol sv swe da dan fi fin no nor nb nn cs ces cze sk slk el ell gre "
    "tr tur ja jpn ko kor hi hin fa fas per he heb uk ukr bg bul ro ron rum hu hun hr hrv sr srp sl slv "
    "et est lv lav lt lit id ind ms msa th tha vi vie sw swa".split())


def other_language(code: str | None) -> str | None:
    """``deu``, ``de-DE`` -> ``de``: a language other than the six, as its two-letter code; ``None`` otherwise."""
    if not code:
        return None
    base = base_language(code)
    if base not in _OTHER_LANGUAGES:
        return None
    return _TWO_LETTERS.get(base, base)


# The three-letter codes of _OTHER_LANGUAGES, as two
_TWO_LETTERS = {"deu": "de", "ger": "de", "ita": "it", "por": "pt", "nld": "nl", "dut": "nl", "pol": "pl", "swe": "sv",
                "dan": "da", "fin": "fi", "nor": "no", "ces": "cs", "cze": "cs", "slk": "sk", "ell": "el", "gre": "el",
                "tur": "tr", "jpn": "ja", "kor": "ko", "hin": "hi", "fas": "fa", "per": "fa", "heb": "he", "ukr": "uk",
                "bul": "bg", "ron": "ro", "rum": "ro", "hun": "hu", "hrv": "hr", "srp": "sr", "slv": "sl", "est": "et",
                "lav": "lv", "lit": "lt", "ind": "id", "msa": "ms", "tha": "th", "vie": "vi", "swa": "sw"}


def named_language(path: str) -> str | None:
    """The code a file name like ``A_RES_ES-11_1.de.xml`` gives, UN language or not."""
    parts = path.replace("\\", "/").rsplit("/", 1)[-1].split(".")
    return parts[-2].lower() if len(parts) >= 3 and parts[-2].isalpha() and len(parts[-2]) in (2, 3) else None


def language_from_code(code: str) -> str | None:
    """``fra``, ``fr``, ``fr-FR``, ``zho`` -> the UN language; ``None`` for any other."""
    base = base_language(code)
    base = _ISO639.get(base, base)
    return base if base in _PROFILES else None


_ROMAN = tuple(("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx "
                "xxi xxii xxiii xxiv xxv xxvi xxvii xxviii xxix xxx").split())
# Chinese sub-sub-paragraphs: ㈠ ㈡ ... or (一) (二) ...: the roman (i) (ii) of the other languages.
CHINESE_NUMERALS = tuple("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十".split())
_CHINESE_ROMAN = {**{chr(0x3220 + n): _ROMAN[n] for n in range(10)},
                  **{c: _ROMAN[n] for n, c in enumerate(CHINESE_NUMERALS)}}
# The earthly branches letter quoted treaty items in Chinese: (子) (丑) (寅) = (a) (b) (c).
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


# Cyrillic letters typed for the Latin ones they look like: Russian texts letter
# their sub-paragraphs a), b), c)..., and "а)" or "с)" is often the Cyrillic key.
_LOOKALIKES = str.maketrans("асеорхуі", "aceopxyi")
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def item_labels(label: str, lang: LanguageProfile) -> tuple[str, ...]:
    """What a printed sub-paragraph label can be, as the Latin label every language's id uses.

    ``a`` (any language) -> ``a``; ``б`` (Russian) -> ``b``; ``с`` (Cyrillic) -> ``c``
    (the Latin letter it looks like) or ``q`` (its place in the Russian alphabet);
    ``ج`` (Arabic) -> ``c``; ``ii`` -> ``ii``; ``㈡`` or ``二`` (Chinese) -> ``ii``;
    ``aa`` -> ``aa``.  Most likely first; empty when the label is not one.  The
    reader picks the one that continues the sequence it is in.
    """
    if label in _CHINESE_ROMAN:
        return (_CHINESE_ROMAN[label],)
    if len(label) == 1 and label in _BRANCHES:
        return (_LATIN[_BRANCHES.index(label)],)
    lowered = label.lower().replace("هـ", "ه").replace(" ", "")  # Arabic doubles a letter with a space: (أ أ)
    if lowered in _ROMAN:
        return (lowered,)
    if len(set(lowered)) != 1 or len(lowered) > 3:
        return ()
    found = []
    letter = lowered[0]
    lookalike = letter.translate(_LOOKALIKES)
    if lookalike in _LATIN:
        found.append(lookalike * len(lowered))
    position = lang.item_letters.find(letter)
    if position >= 0:
        found.append(_LATIN[position % 26] * len(lowered))
    return tuple(dict.fromkeys(found))


def roman_numeral(number: int) -> str:
    """``2`` -> ``ii`` (1 to 30, the sub-sub-paragraphs a resolution numbers)."""
    return _ROMAN[number - 1] if 1 <= number <= len(_ROMAN) else str(number)


def is_roman(label: str) -> bool:
    return label in _ROMAN


def roman_value(label: str) -> int | None:
    """``ii`` -> ``2``; ``None`` for what is not a roman numeral from 1 to 30."""
    return _ROMAN.index(label) + 1 if label in _ROMAN else None


def article_number(label: str) -> int:
    """``13``, ``premier``, ``١٣``, ``十三`` -> 13."""
    if label == "premier":
        return 1
    if label.isdigit():
        return int(label.translate(ARABIC_DIGITS))
    from .numberwords import chinese_value  # the one reader of Chinese numerals

    value = chinese_value(label)
    if value is None:
        raise ValueError(f"{label!r} is not a number")
    return value
