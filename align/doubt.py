"""Doubt the model cannot see in one pair alone: rules laid over the fitted confidence.

The confidence (``confidence.py``) judges a pair by what its two texts
hold.  Three things it cannot see from there, and each caps the pair's
probability, and its links', so that the memory sets it apart:

* ``unsure``: renumbering found a unit missing between two neighbours and
  the content cannot say which of the two is the missing one
  (``renumbering._unsure``), or an alignment of the run nearly as cheap
  gives a pair's translation to another original and the words do not
  side against it (``renumbering._undecided``: a translation of two
  paragraphs run together, taken for the second and the first missing;
  two neighbours that read alike): the pair is no more likely right than
  wrong, capped at ``UNSURE``;
* ``copies``: a link whose translation is the original copied is no
  translation, however well its length fits: ``copies.CONFIDENCE``; the
  unit's too where most of it is copied.  Footnotes are spared: a citation
  is often kept in the language it was published in;
* ``rivals``: a paragraph whose words are translated better by the
  translation of a neighbouring paragraph than by its own.  Two
  paragraphs that say nearly the same ("Takes note of the report of the
  Commission on its seventy-fifth session" and "Expresses its
  appreciation to the Commission for its work at its seventy-fifth
  session") each read as a fair translation of the other, and the model,
  judging a pair alone, is confident of either pairing; only the
  comparison tells which is which.  A pair is capped at ``UNSURE`` when the
  lexical coverage of the original with a neighbour's translation (or of
  the translation with a neighbour's original) is higher than with its own
  by ``RIVAL_MARGIN``, counted on ``RIVAL_WORDS`` known words at least
  (the lesser of the two ways: the share of the original's words translated
  and the share of the translation's words that translate it); a
  neighbour on one side only (the original paragraph renumbering found
  missing) is compared too.  And two neighbouring pairs are both doubtful
  when, crossed, the sum of their four coverages is higher than as they
  stand by twice ``CROSSED_MARGIN`` (two look-alike paragraphs swapped, each
  a fair translation of the other).
  Measured by ``bench/damaged_pairs.py`` (wrong pairs kept out of the
  memory) and on the undamaged 79th session (right pairs set apart).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .confidence import Judge
from .copies import CONFIDENCE as COPY_CONFIDENCE, copied, copied_share
from .model import UnitKind, UnitPair

UNSURE = 0.4  # the confidence, at most, of a pair the content cannot confirm
RIVAL_MARGIN = 0.15  # coverage by a neighbour's translation beyond the pair's own that makes the pair doubtful
CROSSED_MARGIN = 0.05  # half the coverage by which two neighbouring pairs crossed must fit better than as they are
RIVAL_WORDS = 8  # known words, at least, for coverages to be compared


def unsure(pair: UnitPair, cap: float = UNSURE) -> UnitPair:
    """The pair, and each of its links, no more likely right than ``cap``."""
    links = tuple(replace(link, confidence=min(link.confidence, cap)) for link in pair.links)
    return replace(pair, links=links, confidence=min(pair.confidence, cap))


def copies(pair: UnitPair) -> UnitPair:
    """The pair with its copied links, and the whole unit where most of it is copied, capped (see the module)."""
    if not pair.paired or pair.target.unit.kind is UnitKind.FOOTNOTE:
        return pair
    original = pair.source.unit.text
    if original != pair.target.unit.text and not copied_share(original, pair.target.unit.text):
        return pair
    sentences = pair.target.sentences
    links = tuple(
        replace(link, confidence=min(link.confidence, COPY_CONFIDENCE))
        if link.target and copied(original, " ".join(sentences[i].text for i in link.target)) else link
        for link in pair.links
    )
    confidence = min(pair.confidence, COPY_CONFIDENCE) if copied(original, pair.target.unit.text) else pair.confidence
    return replace(pair, links=links, confidence=confidence)


def rivals(pairs: tuple[UnitPair, ...], judge: Judge) -> tuple[UnitPair, ...]:
    """The pairs, each one that a neighbour's translation (or original) fits better than its own made unsure.

    Neighbours are the units before and after, paired or on one side only (the original paragraph that
    renumbering took for the missing one may be the translation's), footnotes left out (their words are a
    citation's, shared by many: "Ibid., sect. B.1." and "Ibid., sect. B.2."); without a lexicon nothing is
    compared."""
    if judge.lexicon is None:
        return pairs
    body = [k for k, pair in enumerate(pairs) if (pair.source or pair.target).unit.kind is not UnitKind.FOOTNOTE]
    texts = [tuple(side.unit.text if side else None for side in (pairs[k].source, pairs[k].target)) for k in body]
    # each pair's coverage is asked for by itself and by both neighbours: computed once
    coverage = lru_cache(maxsize=None)(lambda source, target: _coverage(source, target, judge))
    doubted = {body[n] for n in range(len(body)) if pairs[body[n]].paired and _outdone(texts, n, coverage)}
    return tuple(unsure(pair) if k in doubted else pair for k, pair in enumerate(pairs))


def _outdone(texts: list[tuple[str | None, str | None]], n: int, coverage) -> bool:
    """Whether a neighbour of pair ``n`` fits either of its texts better than the other does, or the two
    pairs fit better crossed."""
    source, target = texts[n]
    own = coverage(source, target)
    if own is None:
        return False
    for m in (n - 1, n + 1):
        if not 0 <= m < len(texts):
            continue
        other_source, other_target = texts[m]
        across = (coverage(source, other_target), coverage(other_source, target))
        for rival in across:
            if rival is not None and min(rival) > min(own) + RIVAL_MARGIN:
                return True
        theirs = coverage(other_source, other_target)
        if None not in across and theirs is not None and \
                sum(map(sum, across)) > sum(own) + sum(theirs) + 2 * CROSSED_MARGIN:
            return True  # the two pairs crossed fit better than as they stand: two paragraphs swapped
    return False


def _coverage(source: str | None, target: str | None, judge: Judge) -> tuple[float, float] | None:
    """The two coverages (of the original's words, of the translation's), or ``None`` where a side is missing
    or too few words are known to compare."""
    if source is None or target is None:
        return None
    (forward, backward), known = judge.words(source, target)
    if known < RIVAL_WORDS or forward is None or backward is None:
        return None
    return forward, backward
