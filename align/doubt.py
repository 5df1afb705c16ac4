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
  missing) is compared too, and so are the paragraphs before and after at
  the same level (OP3 with OP2 and OP4, over OP3's sub-paragraphs: two
  paragraphs swapped with their sub-paragraphs are never next to each
  other).  And two neighbouring pairs are both doubtful
  when, crossed, the sum of their four coverages is higher than as they
  stand by twice ``CROSSED_MARGIN`` (two look-alike paragraphs swapped, each
  a fair translation of the other).  A pair next to an original that has no
  translation is doubtful where its translation holds that original too
  (``_holds``: two paragraphs run together, taken for one of them).
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
HOLDS = 0.05  # the share of a translation's words a missing neighbour's original, read with its own, translates more
HELD = 0.5  # and the share of the missing original's words found in it, against its own original's


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


def rivals(pairs: tuple[UnitPair, ...], judge: Judge, joined: frozenset[str] = frozenset()) -> tuple[UnitPair, ...]:
    """The pairs, each one that a neighbour's translation (or original) fits better than its own made unsure.

    Neighbours are the units before and after, paired or on one side only (the original paragraph that
    renumbering took for the missing one may be the translation's), footnotes left out (their words are a
    citation's, shared by many: "Ibid., sect. B.1." and "Ibid., sect. B.2."); without a lexicon nothing is
    compared.  ``joined`` are the original units renumbering paired with a translation of two run together
    (or cut in two): known to hold their neighbour, they are not doubted for it."""
    if judge.lexicon is None:
        return pairs
    body = [k for k, pair in enumerate(pairs) if (pair.source or pair.target).unit.kind is not UnitKind.FOOTNOTE]
    texts = [tuple(side.unit.text if side else None for side in (pairs[k].source, pairs[k].target)) for k in body]
    # each pair's coverage is asked for by itself and by both neighbours: computed once
    coverage = lru_cache(maxsize=None)(lambda source, target: _coverage(source, target, judge))
    ids = [(pairs[k].source or pairs[k].target).unit.id for k in body]
    doubted = {body[n] for n in range(len(body))
               if pairs[body[n]].paired and _outdone(texts, n, _neighbours(ids, n), coverage, ids[n] not in joined)}
    return tuple(unsure(pair) if k in doubted else pair for k, pair in enumerate(pairs))


def _neighbours(ids: list[str], n: int) -> tuple[int, ...]:
    """The units next to unit ``n``, and its siblings before and after: the nearest units of the same
    parent and level (``OP4`` for ``OP3``, past ``OP3(a)``… and headings; ``OP3(b)`` for ``OP3(a)``); for a heading,
    the nearest headings (``OP6.h1`` for ``OP5.h1``)."""
    near = [m for m in (n - 1, n + 1) if 0 <= m < len(ids)]
    stem, depth, heading = _stem(ids[n]), ids[n].count("("), ".h" in ids[n]
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(ids) and _stem(ids[m]) != stem and \
                (heading or ".h" in ids[m] or ids[m].count("(") > depth):
            m += step  # over the sub-paragraphs and headings (over all but headings, from a heading)
        if 0 <= m < len(ids) and m not in near and _stem(ids[m]) == stem:
            near.append(m)
    return tuple(near)


def _stem(uid: str) -> str:
    """The id without its last number or letter: ``OP`` for ``OP3``, ``OP3(a)`` for ``OP3(a)(ii)``,
    ``.h1`` for the heading ``OP5.h1``."""
    if ".h" in uid:
        return uid[uid.rindex(".h"):]
    return uid[: uid.rindex("(")] if uid.endswith(")") else uid.rstrip("0123456789")


def _outdone(texts: list[tuple[str | None, str | None]], n: int, neighbours: tuple[int, ...], coverage,
             alone: bool = True) -> bool:
    """Whether a neighbour of pair ``n`` fits either of its texts better than the other does, or the two
    pairs fit better crossed, or (for a translation not known to hold two originals, ``alone``) its
    translation holds the original next to it too."""
    source, target = texts[n]
    own = coverage(source, target)
    if own is None:
        return False
    for m in neighbours:
        other_source, other_target = texts[m]
        across = (coverage(source, other_target), coverage(other_source, target))
        for rival in across:
            if rival is not None and min(rival) > min(own) + RIVAL_MARGIN:
                return True
        if alone and other_target is None and _holds(source, other_source, target, m < n, own, coverage):
            return True
        theirs = coverage(other_source, other_target)
        if None not in across and theirs is not None and \
                sum(map(sum, across)) > sum(own) + sum(theirs) + 2 * CROSSED_MARGIN:
            return True  # the two pairs crossed fit better than as they stand: two paragraphs swapped
    return False


def _holds(source: str, missing: str, target: str, before: bool, own: tuple[float, float], coverage) -> bool:
    """Whether the translation of a pair holds the original next to it, which has no translation of its own:
    read together, the two originals translate ``HOLDS`` more of its words than its own alone, and the missing
    one's words are found in it at least ``HELD`` as much as its own's (two paragraphs run together, taken
    for one of them, the other missing)."""
    theirs = coverage(missing, target)
    both = coverage(f"{missing} {source}" if before else f"{source} {missing}", target)
    return theirs is not None and both is not None and both[1] >= own[1] + HOLDS and theirs[0] >= HELD * own[0]


def _coverage(source: str | None, target: str | None, judge: Judge) -> tuple[float, float] | None:
    """The two coverages (of the original's words, of the translation's), or ``None`` where a side is missing
    or too few words are known to compare."""
    if source is None or target is None:
        return None
    (forward, backward), known = judge.words(source, target)
    if known < RIVAL_WORDS or forward is None or backward is None:
        return None
    return forward, backward
