"""Several language versions of one document: each aligned to the source, the links composed so that one
translation unit holds every language that has it.

Each version is aligned to the source by the aligner of two (paragraph numbers, then content, then
sentences), on its own: no translation is aligned with another translation, so an error in one version
cannot move another's links.  The pairwise alignments are then composed, unit by unit of the source:

1. **Paragraphs.**  A source unit is one TU; a version has text in it when its alignment pairs a unit with
   it (after renumbering: the unit whose content is this one's, whatever its number).  Units of a version
   with no source unit (an extra paragraph) are in no TU: they are in that pair's alignment and QA.
2. **Sentences.**  Each version's links cover the source unit's sentences in order, one or more at a time.
   The unit is cut into *spans*: the shortest runs of consecutive source sentences that no link of any
   version straddles.  Where every version links sentence by sentence, a span is one sentence; where the
   Chinese joins sentences 2 and 3 into one, sentences 2-3 are one span for every language.
3. A version has text in a span only when its links with text on both sides cover every source sentence
   of the span: its text runs from its first linked sentence to its last, its confidence is the lowest of
   those links'.  A version that leaves a sentence of the span without a translation (left out, or linked
   to nothing) has no text in the span: a TU never holds half a translation beside a whole one.

The confidence of each version's text is its own (``Rendering.confidence``): doubt about the Russian does
not set the French apart (see ``memory.version_units``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .memory import linked_text
from .model import Alignment, Document, SegmentedUnit, UnitPair


@dataclass(frozen=True)
class Versions:
    """A source document and its alignment with each other version, in the order the versions were given."""

    source: Document
    alignments: tuple[Alignment, ...]

    @property
    def languages(self) -> tuple[str, ...]:
        """The source's language, then each version's."""
        return (self.source.language, *(a.target.language for a in self.alignments))


@dataclass(frozen=True)
class Rendering:
    """One version's text for a span or a unit of the source, and the probability that it is right."""

    text: str
    confidence: float


@dataclass(frozen=True)
class Span:
    """A unit of the source, or a span of its sentences (``number``, from 1; 0 for the whole unit), with
    each version's rendering, in the order of ``Versions.alignments`` (``None``: no text there)."""

    unit_id: str
    number: int
    source: str
    renderings: tuple[Rendering | None, ...]


def paragraph_spans(versions: Versions) -> Iterator[Span]:
    """One span per unit of the source, with each version's paired unit."""
    for unit_id, source, pairs in _by_source_unit(versions):
        yield Span(unit_id, 0, source.unit.text, tuple(
            Rendering(pair.target.unit.text, pair.confidence) if pair is not None and pair.paired else None
            for pair in pairs))


def sentence_spans(versions: Versions) -> Iterator[Span]:
    """The spans of each unit of the source (rule 2), with each version's text in it (rule 3)."""
    for unit_id, source, pairs in _by_source_unit(versions):
        linked = [_links(pair) for pair in pairs]
        for number, (first, last) in enumerate(_cuts(len(source.sentences), linked), start=1):
            span = range(first, last + 1)
            yield Span(unit_id, number, linked_text(source, tuple(span)),
                       tuple(_rendering(pair, links, span) for pair, links in zip(pairs, linked)))


def _by_source_unit(versions: Versions) -> Iterator[tuple[str, SegmentedUnit, tuple[UnitPair | None, ...]]]:
    by_version = [{p.unit_id: p for p in a.pairs if p.source is not None} for a in versions.alignments]
    for unit in versions.source.units:
        pairs = tuple(pairs.get(unit.id) for pairs in by_version)
        present = [pair.source for pair in pairs if pair is not None]
        if not present:
            continue
        source = present[0]
        if any(len(other.sentences) != len(source.sentences) for other in present):
            raise RuntimeError(f"{unit.id}: the source was cut into sentences differently for two versions")
        yield unit.id, source, pairs


def _links(pair: UnitPair | None) -> tuple[tuple[int, int, tuple[int, ...], float], ...]:
    """A pair's links with text on both sides, as (first source sentence, last, target sentences, confidence)."""
    if pair is None or not pair.paired:
        return ()
    return tuple((min(link.source), max(link.source), link.target, link.confidence)
                 for link in pair.links if link.source and link.target)


def _cuts(count: int, linked: list[tuple[tuple[int, int, tuple[int, ...], float], ...]]) -> list[tuple[int, int]]:
    """Rule 2: (first, last) of each span of ``count`` sentences that no link straddles."""
    joined = [False] * max(count - 1, 0)  # joined[i]: some link holds sentences i and i + 1
    for links in linked:
        for first, last, _, _ in links:
            for i in range(first, last):
                joined[i] = True
    spans, start = [], 0
    for i in range(count):
        if i == count - 1 or not joined[i]:
            spans.append((start, i))
            start = i + 1
    return spans


def _rendering(pair: UnitPair | None, links, span: range) -> Rendering | None:
    """Rule 3: the version's text in ``span``, or ``None`` when its links leave a sentence of it uncovered."""
    inside = [link for link in links if span.start <= link[0] and link[1] < span.stop]
    covered = {i for first, last, _, _ in inside for i in range(first, last + 1)}
    if pair is None or not inside or covered != set(span):
        return None
    targets = sorted({i for _, _, target, _ in inside for i in target})
    return Rendering(linked_text(pair.target, tuple(targets)), min(link[3] for link in inside))
