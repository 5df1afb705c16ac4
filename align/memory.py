"""From an alignment to translation units: one per sentence link, or one per unit.

Doubt is kept out of the translation memory: a link whose confidence (the
probability that it is right) is under ``Doubt.min_confidence`` is not
written with the others but set apart, for a reviewer (``review=True``), or,
when the user asks, kept and flagged (an ``x-review`` property).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Alignment, Document, SegmentedUnit, TmxUnit, UnitPair, Variant

if TYPE_CHECKING:
    from .versions import Span, Versions


def linked_text(unit: SegmentedUnit, indices: tuple[int, ...]) -> str:
    """The text of consecutive sentences, with the spacing the unit has between them."""
    first, last = unit.sentences[indices[0]], unit.sentences[indices[-1]]
    return unit.unit.text[first.start:last.end]


def _props(alignment: Alignment, pair: UnitPair, *extra: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return (("x-document", alignment.source.symbol), ("x-unit", pair.unit_id), *extra)


MIN_CONFIDENCE = 0.5  # the default: a link more likely wrong than right is not for the TM


@dataclass(frozen=True)
class Doubt:
    """Which TUs a memory holds: ``min_confidence`` parts the trusted links from the doubtful; with ``flag``,
    the doubtful stay in the memory, flagged, instead of being set apart."""

    min_confidence: float = MIN_CONFIDENCE
    flag: bool = False

    def wanted(self, confidence: float, review: bool) -> bool:
        """Whether a TU of this confidence belongs in the memory (``review=False``) or the review file."""
        if self.flag:
            return not review
        return (confidence < self.min_confidence) == review

    def props(self, confidence: float) -> tuple[tuple[str, str], ...]:
        if self.flag and confidence < self.min_confidence:
            return (("x-review", f"confidence under {self.min_confidence:g}"),)
        return ()


_ALL = Doubt(min_confidence=0.0)  # every TU, none flagged


def tu_prefix(source: Document, document: str | None = None) -> str:
    """What a TU's id starts with: the document's symbol (``A/RES/57/263``), and, for a document of a batch
    whose name is not its symbol's (``A_RES_57_263``), the name too (``A/RES/57/263@copy``): two files of one
    symbol in a batch (a document and its corrigendum, a copy) are two names, so their TUs keep their ids
    apart."""
    if document is None or document == source.stem:
        return source.symbol
    return f"{source.symbol}@{document}"


def sentence_units(alignment: Alignment, source_code: str, target_code: str, doubt: Doubt = _ALL,
                   review: bool = False, document: str | None = None) -> Iterator[TmxUnit]:
    """One TU per sentence link with text on both sides: those ``doubt`` puts in the memory, or, with
    ``review``, those it sets apart.  ``document``: the name of the document in a batch (``tu_prefix``)."""
    prefix = tu_prefix(alignment.source, document)
    for pair in alignment.pairs:
        if not pair.paired:
            continue
        for number, link in enumerate(pair.links, start=1):
            if not link.source or not link.target or not doubt.wanted(link.confidence, review):
                continue
            yield TmxUnit(
                tuid=f"{prefix}:{pair.unit_id}:{number}",
                variants=(
                    Variant(source_code, linked_text(pair.source, link.source)),
                    Variant(target_code, linked_text(pair.target, link.target)),
                ),
                props=_props(
                    alignment,
                    pair,
                    ("x-segment", str(number)),
                    ("x-confidence", f"{link.confidence:.3f}"),
                    ("x-reason", link.reason.value),
                    *doubt.props(link.confidence),
                ),
            )


def paragraph_units(alignment: Alignment, source_code: str, target_code: str, doubt: Doubt = _ALL,
                    review: bool = False, document: str | None = None) -> Iterator[TmxUnit]:
    """One TU per unit present on both sides: those ``doubt`` puts in the memory, or, with ``review``, those
    it sets apart.  ``document``: as for ``sentence_units``."""
    prefix = tu_prefix(alignment.source, document)
    for pair in alignment.pairs:
        if pair.paired and doubt.wanted(pair.confidence, review):
            yield TmxUnit(
                tuid=f"{prefix}:{pair.unit_id}",
                variants=(Variant(source_code, pair.source.unit.text), Variant(target_code, pair.target.unit.text)),
                props=_props(alignment, pair, ("x-confidence", f"{pair.confidence:.3f}"),
                             *doubt.props(pair.confidence)),
            )


def version_units(versions: Versions, spans: Iterable[Span], codes: tuple[str, ...], doubt: Doubt = _ALL,
                  review: bool = False, document: str | None = None) -> Iterator[TmxUnit]:
    """One TU per span of several versions (``versions.sentence_spans`` or ``paragraph_spans``): the source's
    text and each version's that ``doubt`` puts in the memory, or, with ``review``, each it sets apart; a
    span with no such version gives no TU.  ``codes``: the source's language code, then each version's, as
    the TMX writes them.  ``x-confidence`` is the lowest of the versions', ``x-confidence-<code>`` each one's."""
    prefix = tu_prefix(versions.source, document)
    for span in spans:
        chosen = [(code, rendering) for code, rendering in zip(codes[1:], span.renderings)
                  if rendering is not None and doubt.wanted(rendering.confidence, review)]
        if not chosen:
            continue
        lowest = min(rendering.confidence for _, rendering in chosen)
        flagged = [code for code, rendering in chosen if doubt.props(rendering.confidence)]
        yield TmxUnit(
            tuid=f"{prefix}:{span.unit_id}" + (f":{span.number}" if span.number else ""),
            variants=(Variant(codes[0], span.source), *(Variant(code, r.text) for code, r in chosen)),
            props=(("x-document", versions.source.symbol), ("x-unit", span.unit_id),
                   *((("x-segment", str(span.number)),) if span.number else ()),
                   ("x-confidence", f"{lowest:.3f}"),
                   *((f"x-confidence-{code}", f"{r.confidence:.3f}") for code, r in chosen),
                   *((("x-review", f"{', '.join(flagged)}: confidence under {doubt.min_confidence:g}"),)
                     if flagged else ())),
        )


def doubtful(alignment: Alignment, doubt: Doubt) -> tuple[list[str], list[str]]:
    """The sentence links (``OP3:2``) and the units under ``doubt.min_confidence``: what a summary lists."""
    links = [f"{pair.unit_id}:{number}" for pair in alignment.pairs if pair.paired
             for number, link in enumerate(pair.links, start=1)
             if link.source and link.target and link.confidence < doubt.min_confidence]
    units = [pair.unit_id for pair in alignment.pairs if pair.paired and pair.confidence < doubt.min_confidence]
    return links, units
