"""From an alignment to translation units: one per sentence link, or one per unit."""

from __future__ import annotations

from collections.abc import Iterator

from .model import Alignment, SegmentedUnit, TmxUnit, UnitPair, Variant


def linked_text(unit: SegmentedUnit, indices: tuple[int, ...]) -> str:
    """The text of consecutive sentences, with the spacing the unit has between them."""
    first, last = unit.sentences[indices[0]], unit.sentences[indices[-1]]
    return unit.unit.text[first.start:last.end]


def _props(alignment: Alignment, pair: UnitPair, *extra: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return (("x-document", alignment.source.symbol), ("x-unit", pair.unit_id), *extra)


def sentence_units(alignment: Alignment, source_code: str, target_code: str) -> Iterator[TmxUnit]:
    """One TU per sentence link with text on both sides."""
    for pair in alignment.pairs:
        if not pair.paired:
            continue
        for number, link in enumerate(pair.links, start=1):
            if not link.source or not link.target:
                continue
            yield TmxUnit(
                tuid=f"{alignment.source.symbol}:{pair.unit_id}:{number}",
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
                ),
            )


def paragraph_units(alignment: Alignment, source_code: str, target_code: str) -> Iterator[TmxUnit]:
    """One TU per unit present on both sides."""
    for pair in alignment.pairs:
        if pair.paired:
            yield TmxUnit(
                tuid=f"{alignment.source.symbol}:{pair.unit_id}",
                variants=(Variant(source_code, pair.source.unit.text), Variant(target_code, pair.target.unit.text)),
                props=_props(alignment, pair, ("x-confidence", f"{pair.confidence:.3f}")),
            )
