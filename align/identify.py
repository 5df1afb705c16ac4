"""Which language a text is written in: a check on what a file says it is.

A text in Latin or Cyrillic letters is first told by its function words
("the", "of"; "les", "des"; "los", "del"; "и", "на") when those of one
language's own (a word two languages share counts for neither) are at
least 12 and three times those of any other of ten languages
(``_FUNCTION_WORDS``).  Otherwise the model decides: py3langid's (langid.py,
Lui and Baldwin 2012: a naive Bayes classifier over byte n-grams, 97
languages), which ships inside its wheel: nothing is fetched at run time.
It is loaded once, when first needed (more than half a second, with numpy),
so a run whose texts the words tell does not pay for it.

Judged on the six UN languages: every one of the 1,915 Akoma Ntoso files of
the General Assembly's 79th session, the UDHR in six languages, the UN's
PDFs and Word files here is identified as the language it is in (three
short ones are under the length the model needs; their script still
speaks: a text in another script than its language's is refused at any
length over 30 letters).  The model
is least sure of Chinese (0.64 on A/RES/79/249, mostly a table) and of
Arabic (0.83-0.87), so their script settles them first.  A text is taken
to be in another language than the one declared only when the model is sure
(``SURE``) and has enough text to go on (``ENOUGH``): a false alarm would
stop a translator's work for nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex  # compiles a class of thousands of characters 20 times faster than re

from .languages import base_language, language_from_code

SURE = 0.9
ENOUGH = 300  # bytes of UTF-8, the model's unit: 100 Chinese characters, 300 Latin letters
_SAMPLE = 3000  # characters read: the body's first paragraphs say it
_HAN = regex.compile(r"[\u4e00-\u9fff]")
_KANA = regex.compile(r"[\u3040-\u30ff]")
_ARABIC = regex.compile(r"[\u0600-\u06ff]")
_CYRILLIC = regex.compile(r"[\u0400-\u04ff]")
_LATIN = regex.compile(r"[A-Za-z\u00c0-\u024f]")


# The script each UN language is written in.
_SCRIPT_OF = {"zh": "han", "ar": "arabic", "ru": "cyrillic", "en": "latin", "fr": "latin", "es": "latin"}
_LETTERS = 30  # letters enough for the script to say what a text is not


@dataclass(frozen=True)
class Identified:
    """The language a text is in (ISO 639-1: ``fr``, ``de``), the model's probability, the bytes read,
    and the script most of its letters are in (``han``, ``arabic``, ``cyrillic``, ``latin``)."""

    language: str
    probability: float
    size: int
    by_script: bool = False  # told by the script (Chinese, Arabic), whatever the model's doubt
    script: str | None = None
    letters: int = 0
    by_words: bool = False  # told by its function words, far more of one language's than of any other's

    @property
    def un_language(self) -> str | None:
        """The language as one of the six UN ones, or ``None``."""
        return language_from_code(self.language)

    @property
    def sure(self) -> bool:
        """The script settles it (on a few letters), or the model is sure on enough text."""
        if self.by_script:
            return self.letters >= _LETTERS
        if self.by_words:
            return True  # _TOLD_BY_WORDS of its own, three times the runner-up's
        return self.size >= ENOUGH and self.probability >= SURE

    def contradicts(self, declared: str) -> bool:
        """Whether the text is surely not in ``declared`` (``fr``, ``fr-FR``): written in another script
        than the language's (even a short text: Chinese has no Latin letters), or surely another language."""
        base = base_language(declared)
        expected = _SCRIPT_OF.get(base)
        if expected and self.script and self.letters >= _LETTERS and self.script != expected:
            return True
        return self.sure and self.language != base

    @property
    def evidence(self) -> str:
        """What says so, for a message: the script, or the model's probability."""
        if self.by_words:
            return "by its commonest words"
        return f"by its {self.script} script" if self.by_script or self.size < ENOUGH else \
            f"probability {self.probability:.2f}"


# The commonest short words of the languages written in the scripts of English, French, Spanish and Russian
# that a UN file may be in or be mistaken for.  Most texts are told by them at once, without the model,
# whose loading costs more than half a second: it is asked only where the words leave a doubt.
_FUNCTION_WORDS = {
    "en": "the of and to in that for on with by is are its as be this which from at an",
    "fr": "le la les de des du et à en que pour sur par dans est une aux qui ses au",
    "es": "el la los las de del y en que para por con se su una al sus es lo",
    "pt": "o a os as de do da e em que para com por uma dos das no na ao",
    "it": "il la di e che per in del della con le un una sono dei delle nel alla",
    "de": "der die das und in den von zu mit für auf ist des im dem nicht ein eine",
    "nl": "de het een van en in op te dat voor met zijn niet aan door",
    "ru": "и в на по с о что к для от не из его как а также или это при их ее всех которые который этой "
          "этих этом между были было будет",
    "uk": "і в на з що до та для від не як його у також або це",
    "bg": "и в на за с от че да се по като не към са или",
}
# each language's own: a word two of them share ("la", "de", "и", "на") tells neither
_WORD_SETS = {language: frozenset(words.split()) - frozenset(
    word for other, others in _FUNCTION_WORDS.items() if other != language for word in others.split())
    for language, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"\w+")
_TOLD_BY_WORDS = 12  # function words of its own, at least, for them to tell a language
_CLEAR = 3.0  # how many times the runner-up's count the first's must be


_LANGUAGE_OF = {word: language for language, words in _WORD_SETS.items() for word in words}  # each word one's


def _by_words(sample: str) -> tuple[str, int] | None:
    """The language whose function words the sample is full of, and how many it holds, when one clearly
    leads; ``None`` when none does (the model then decides)."""
    counts = dict.fromkeys(_WORD_SETS, 0)
    for word in _WORD.findall(sample.lower()):
        if language := _LANGUAGE_OF.get(word):
            counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (first, most), (_, next_most) = ranked[0], ranked[1]
    if most >= _TOLD_BY_WORDS and most >= _CLEAR * max(next_most, 1):
        return first, most
    return None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Identified:
    """The script first -- Chinese characters are Chinese where no Japanese kana are among them,
    Arabic letters Arabic unless the model is sure of Persian or Urdu -- then the model."""
    sample = " ".join(text[:_SAMPLE].split())
    letters = sum(map(str.isalpha, sample))
    script = _script(sample, letters)
    size = len(sample.encode())
    if script in ("latin", "cyrillic") and (told := _by_words(sample)):
        return Identified(told[0], 1.0, size, False, script, letters, by_words=True)
    language, probability = _identifier().classify(sample)
    if script == "han" and not _KANA.search(sample):
        return Identified("zh", float(probability), size, True, script, letters)
    # Arabic script: Arabic, unless the model is sure of Persian or Urdu (it gives Arabic texts 0.83)
    if script == "arabic" and (language == "ar" or probability < SURE):
        return Identified("ar", float(probability), size, True, script, letters)
    return Identified(language, float(probability), size, False, script, letters)


def _script(sample: str, letters: int) -> str | None:
    """The script of most of the letters (more than 30 % Chinese characters count as Chinese text)."""
    if not letters:
        return None
    if len(_HAN.findall(sample)) > 0.3 * letters:
        return "han"
    for name, pattern in (("arabic", _ARABIC), ("cyrillic", _CYRILLIC), ("latin", _LATIN)):
        if len(pattern.findall(sample)) > 0.6 * letters:
            return name
    return None
