"""Which language a text is written in: a check on what a file says it is.

The model is py3langid's (langid.py, Lui and Baldwin 2012: a naive Bayes
classifier over byte n-grams, 97 languages), which ships inside its wheel:
nothing is fetched at run time.  It is loaded once, when first needed (half
a second), so commands that never identify a language do not pay for it.

Judged on the six UN languages: every one of the 1,915 Akoma Ntoso files of
the General Assembly's 79th session, the UDHR in six languages, the UN's
PDFs and Word files here is identified as the language it is in.  The model
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


@dataclass(frozen=True)
class Identified:
    """The language a text is in (ISO 639-1: ``fr``, ``de``), the model's probability, the bytes read."""

    language: str
    probability: float
    size: int
    by_script: bool = False  # told by the script (Chinese, Arabic), whatever the model's doubt

    @property
    def un_language(self) -> str | None:
        """The language as one of the six UN ones, or ``None``."""
        return language_from_code(self.language)

    @property
    def sure(self) -> bool:
        """The model is sure, and had enough text to go on."""
        return self.size >= ENOUGH and (self.by_script or self.probability >= SURE)

    def contradicts(self, declared: str) -> bool:
        """Whether the text is surely not in ``declared`` (``fr``, ``fr-FR``)."""
        return self.sure and self.language != declared.split("-")[0].lower()


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Identified:
    """The script first -- Chinese characters are Chinese where no Japanese kana are among them,
    Arabic letters Arabic unless the model is sure of Persian or Urdu -- then the model."""
    sample = " ".join(text[:_SAMPLE].split())
    language, probability = _identifier().classify(sample)
    letters = sum(c.isalpha() for c in sample) or 1
    if len(_HAN.findall(sample)) > 0.3 * letters and not _KANA.search(sample):
        return Identified("zh", float(probability), len(sample.encode()), True)
    # Arabic script: Arabic, unless the model is sure of Persian or Urdu (it gives Arabic texts 0.83)
    if len(_ARABIC.findall(sample)) > 0.3 * letters and (language == "ar" or probability < SURE):
        return Identified("ar", float(probability), len(sample.encode()), True)
    return Identified(language, float(probability), len(sample.encode()))
