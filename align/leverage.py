"""Leverage analysis: how much of a new document a TM already translates.

Each sentence of the new document is looked up in the TM index; its best
match's score puts it in one of the bands CAT tools show before a job.
Counts are in segments and in words, per unit and in total, counted as CAT
tools count them (``cat_words``): a Chinese character is a word.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import regex

from tmx.index import TmIndex, TmMatch

from .model import Document
from .segment import segment_document
from .srx import SegmentationRules

BANDS = (("100%", 100), ("95-99%", 95), ("85-94%", 85), ("75-84%", 75), ("50-74%", 50))
NO_MATCH = "no match"
BAND_NAMES = tuple(name for name, _ in BANDS) + (NO_MATCH,)


# Scripts written without spaces between words: Trados, memoQ and OmegaT count each character a word.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")


def cat_words(text: str) -> int:
    """Words as CAT tools count them: each Chinese (Japanese, Korean) character one word; elsewhere what
    spaces part, when it holds a letter or a digit (a dash or a bracket standing alone is no word)."""
    characters = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text) if characters else text
    return characters + sum(1 for token in rest.split() if _WORDLIKE.search(token))


def band(score: int | None) -> str:
    for name, floor in BANDS:
        if score is not None and score >= floor:
            return name
    return NO_MATCH


@dataclass(frozen=True)
class SegmentLeverage:
    unit: str
    index: int
    text: str
    words: int
    match: TmMatch | None

    @property
    def band(self) -> str:
        return band(self.match.score if self.match else None)


@dataclass(frozen=True)
class Leverage:
    document: str
    language: str
    tm_units: int
    segments: tuple[SegmentLeverage, ...]

    def counts(self, unit: str | None = None) -> dict[str, dict[str, int]]:
        segments: Counter[str] = Counter()
        words: Counter[str] = Counter()
        for seg in self.segments:
            if unit is None or seg.unit == unit:
                segments[seg.band] += 1
                words[seg.band] += seg.words
        return {name: {"segments": segments[name], "words": words[name]} for name in BAND_NAMES}

    def as_json(self) -> dict[str, Any]:
        units = list(dict.fromkeys(seg.unit for seg in self.segments))
        return {
            "document": self.document,
            "language": self.language,
            "tm_units": self.tm_units,
            "total": self.counts(),
            "units": {uid: self.counts(uid) for uid in units},
            "segments": [
                {
                    "unit": s.unit,
                    "segment": s.index + 1,
                    "text": s.text,
                    "words": s.words,
                    "band": s.band,
                    "score": s.match.score if s.match else 0,
                    "tm_source": s.match.source if s.match else None,
                    "tm_target": s.match.target if s.match else None,
                    "tm_tuid": s.match.tuid if s.match else None,
                }
                for s in self.segments
            ],
        }

    def as_table(self) -> str:
        total = self.counts()
        all_words = sum(c["words"] for c in total.values()) or 1
        lines = [
            f"{self.document} ({self.language}) against a TM of {self.tm_units} TUs",
            f"{'band':<10}{'segments':>10}{'words':>10}{'% words':>10}",
        ]
        for name in BAND_NAMES:
            c = total[name]
            lines.append(f"{name:<10}{c['segments']:>10}{c['words']:>10}{100 * c['words'] / all_words:>9.1f}%")
        lines.append(f"{'total':<10}{len(self.segments):>10}{sum(s.words for s in self.segments):>10}")
        return "\n".join(lines)


def analyze(document: Document, rules: SegmentationRules, index: TmIndex) -> Leverage:
    segments = []
    for unit in segment_document(document, rules):
        for number, sentence in enumerate(unit.sentences):
            segments.append(
                SegmentLeverage(unit.unit.id, number, sentence.text, cat_words(sentence.text), index.best(sentence.text))
            )
    return Leverage(document.symbol, document.language, len(index), tuple(segments))
