"""Which language a text is written in: a check on what a file says it is.

The model is py3langid's (langid.py, Lui and Baldwin 2012: a naive Bayes
classifier over byte n-grams, 97 languages), which ships inside its wheel:
nothing is fetched at run time.  It is loaded once, when first needed (half
a second), so commands that never identify a language do not pay for it.

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

from .languages import language_from_code

SURE = 0.9
ENOUGH = 300  # bytes of UTF-8, the model's unit: 100 Chinese characters, 300 Latin letters
_SAMPLE = 3000  # characters read: the body's first paragraphs say it
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


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

    @property
    def un_language(self) -> str | None:
        """The language as one of the six UN ones, or ``None``."""
        return language_from_code(self.language)

    @property
    def sure(self) -> bool:
        """The script settles it (on a few letters), or the model is sure on enough text."""
        if self.by_script:
            return self.letters >= _LETTERS
        return self.size >= ENOUGH and self.probability >= SURE

    def contradicts(self, declared: str) -> bool:
        """Whether the text is surely not in ``declared`` (``fr``, ``fr-FR``): written in another script
        than the language's (even a short text: Chinese has no Latin letters), or surely another language."""
        base = declared.split("-")[0].lower()
        expected = _SCRIPT_OF.get(base)
        if expected and self.script and self.letters >= _LETTERS and self.script != expected:
            return True
        return self.sure and self.language != base

    @property
    def evidence(self) -> str:
        """What says so, for a message: the script, or the model's probability."""
        return f"by its {self.script} script" if self.by_script or self.size < ENOUGH else \
            f"probability {self.probability:.2f}"


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Identified:
    """The script first -- Chinese characters are Chinese where no Japanese kana are among them,
    Arabic letters Arabic unless the model is sure of Persian or Urdu -- then the model."""
    sample = " ".join(text[:_SAMPLE].split())
    language, probability = _identifier().classify(sample)
    letters = sum(c.isalpha() for c in sample)
    script = _script(sample, letters)
    size = len(sample.encode())
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
