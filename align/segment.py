"""Splitting each unit of a document into sentences by SRX rules."""

from __future__ import annotations

from .model import Document, SegmentedUnit, Sentence
from .srx import Segmenter, SegmentationRules


def segment_document(document: Document, rules: SegmentationRules) -> tuple[SegmentedUnit, ...]:
    """Every unit with its sentences; a unit's sentences cover all its text."""
    segmenter = Segmenter(rules, document.language)
    return tuple(
        SegmentedUnit(
            unit,
            tuple(Sentence(unit.text[a:b], a, b) for a, b in segmenter.spans(unit.text)),
        )
        for unit in document.units
    )
