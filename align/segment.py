"""Splitting each unit of a document into sentences by SRX rules."""

from __future__ import annotations

from functools import lru_cache

from .model import Document, SegmentedUnit, Sentence
from .srx import Segmenter, SegmentationRules


@lru_cache(maxsize=32)
def segmenter_for(rules: SegmentationRules, language: str) -> Segmenter:
    """Rules compiled once per language, not once per document."""
    return Segmenter(rules, language)


def segment_document(document: Document, rules: SegmentationRules) -> tuple[SegmentedUnit, ...]:
    """Every unit with its sentences; a unit's sentences cover all its text."""
    segmenter = segmenter_for(rules, document.language)
    return tuple(
        SegmentedUnit(
            unit,
            tuple(Sentence(unit.text[a:b], a, b) for a, b in segmenter.spans(unit.text)),
        )
        for unit in document.units
    )
