"""The cheapest in-order alignment of two runs of numbered units, and the pairs another alignment nearly as
cheap would make otherwise.

``renumbering.py`` scores each original unit against each translation unit (``cost``) and, for paragraphs,
two run into one (``joined``); this finds, by dynamic programming within ``BAND`` units of the diagonal,
the cheapest sequence of beads: 1-1, a unit with no counterpart (1-0, 0-1, at ``MISSING``), two units in
the other order (2-2 crossed, at ``_SWAP`` beyond their pairs'), and, given ``joined``, two units run
into one or one cut in two (2-1, 1-2, at ``_JOIN`` beyond their pair's) within ``_JOIN_BAND`` of the
diagonal.  For a run the content re-pairs, ``rivals`` also finds, working backwards, the cheapest whole
alignment through each bead, so that a pair an alignment nearly as cheap (by less than ``AMBIGUOUS``) gives
to another original is known: whether the words side against that reading is ``renumbering``'s to judge.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MISSING = -math.log(0.01) + 6.0  # the cost of a unit with no counterpart
AMBIGUOUS = 2.0  # nats: a missing unit's neighbour that fits the gap almost as well could be the missing one
_JOIN = 9.0  # nats: the cost of two paragraphs run into one, or one cut in two, beyond their pair's
_JOIN_BAND = 2  # units off the diagonal where a merge, a split or two units swapped are looked for
_SWAP = 6.0  # nats: the cost of two neighbouring paragraphs in the other order, beyond their pairs'
BAND = 8  # units a renumbering may shift by


@dataclass(frozen=True)
class Joins:
    """Units run together on one side of the alignment: (source i, target j) of each bead that has two
    original units for one translation unit (``merged``, i and i + 1) or one for two (``split``, j and j + 1)."""

    merged: tuple[tuple[int, int], ...] = ()
    split: tuple[tuple[int, int], ...] = ()
    # (source i, target j) of each bead where original units i and i + 1 stand in the other order, as j + 1 and j
    swapped: tuple[tuple[int, int], ...] = ()
    # (missing source i, its neighbour i +/- 1) where the content cannot say which of the two is the missing one
    unsure: tuple[tuple[int, int], ...] = ()
    # those of the rivals the words do not decide against, with whether j holds k and i run together
    contested: tuple[tuple[int, int, int, bool], ...] = ()


def bead_names(beads, source_ids: list[str], target_ids: list[str]) -> dict[str, str]:
    """Each target unit of an alignment of units (beads of source and target indices, ``None`` on the side
    that has none) named after the source unit it translates; one with none after the unit before it
    (``PP3+1``, ``OP0+1`` at the start)."""
    names, previous, extra = {}, None, 0
    for i, j in beads:
        if i is not None:
            previous, extra = source_ids[i], 0
        if j is not None:
            if i is None:
                extra += 1
            names[target_ids[j]] = source_ids[i] if i is not None else f"{previous or _first(target_ids[j])}+{extra}"
    return names


def _first(uid: str) -> str:
    """What a unit before the first of its run is called: ``S19.OP0``, ``FN0``."""
    return re.sub(r"\d+$", "0", uid)


def align_beads(n: int, m: int, cost, joined=None):
    """The cheapest in-order alignment of n and m units -- beads 1-1, 1-0, 0-1, 2-2 crossed, and, given
    ``joined``, 2-1 and 1-2 -- its cost, and the units it runs together or swaps.  A 2-1 bead is given as (i, j), (i + 1, None); a 1-2 bead as
    (i, j), (None, j + 1): the unit left over is named as a unit without a counterpart is; a crossed bead as
    (i, j + 1), (i + 1, j)."""
    best, back = _forward(n, m, cost, joined)
    beads, merged, split, swapped, i, j = [], [], [], [], n, m
    while i or j:
        di, dj = back[(i, j)]
        i, j = i - di, j - dj
        if (di, dj) == (2, 2):
            beads += [(i + 1, j), (i, j + 1)]
            swapped.append((i, j))
        elif (di, dj) == (2, 1):
            beads += [(i + 1, None), (i, j)]
            merged.append((i, j))
        elif (di, dj) == (1, 2):
            beads += [(None, j + 1), (i, j)]
            split.append((i, j))
        else:
            beads.append((i if di else None, j if dj else None))
    beads = list(reversed(beads))
    return beads, best[(n, m)], Joins(*(tuple(reversed(found)) for found in (merged, split, swapped)))


def rivals(n: int, m: int, cost, joined, beads) -> tuple[tuple[int, int, int | None], ...]:
    """Of the pairs (i, j) of ``beads`` (``align_beads``'s), those another alignment costing less than
    ``AMBIGUOUS`` more gives to another original k, or to none: (i, j, k).  Asked only of a run the content
    re-pairs: it searches the run once more, each way."""
    best, _ = _forward(n, m, cost, joined)
    return _contested(n, m, cost, joined, best, beads)


def _forward(n: int, m: int, cost, joined):
    """The cheapest cost up to each (i, j) within ``BAND`` of the diagonal, and the bead that reaches it."""
    best = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        for j in range(max(0, i - BAND), min(m, i + BAND) + 1):
            if (i, j) not in best:
                continue
            for (di, dj), step in _moves(i, j, n, m, cost, joined):
                key = (i + di, j + dj)
                if best[(i, j)] + step < best.get(key, math.inf):
                    best[key] = best[(i, j)] + step
                    back[key] = (di, dj)
    return best, back


def _moves(i: int, j: int, n: int, m: int, cost, joined):
    """The beads that may start at original unit i and translation unit j, as (di, dj), with their cost."""
    steps = ((1, 1), (1, 0), (0, 1))
    joins = ((2, 1), (1, 2), (2, 2)) if joined else ((2, 2),)  # two footnotes can be swapped, not merged
    # two units run into one are looked for near the diagonal only: each shifts the rest by one
    for di, dj in steps + (joins if abs(i - j) <= _JOIN_BAND else ()):
        if i + di > n or j + dj > m:
            continue
        if (di, dj) == (2, 2):  # i with j + 1 and i + 1 with j: two paragraphs in the other order
            yield (di, dj), cost(i, j + 1) + cost(i + 1, j) + _SWAP
        elif di and dj:
            yield (di, dj), cost(i, j) if di == dj else joined(i, j, di == 2) + _JOIN
        else:
            yield (di, dj), MISSING


def _given(di: int, dj: int, i: int, j: int) -> tuple[tuple[int, int | None], ...]:
    """(translation unit, the original unit it is paired with, or None) for each translation unit of a bead
    that starts at (i, j), as ``align_beads`` gives its pairs."""
    if (di, dj) == (2, 2):
        return (j, i + 1), (j + 1, i)
    if (di, dj) == (1, 2):
        return (j, i), (j + 1, None)
    return ((j, i if di else None),) if dj else ()


def _contested(n: int, m: int, cost, joined, best: dict[tuple[int, int], float], beads) \
        -> tuple[tuple[int, int, int | None], ...]:
    """Each pair (i, j) of the cheapest alignment that another, costing less than ``AMBIGUOUS`` more, gives to
    another original unit k, or to none: (i, j, k), the cheapest such k.

    The costs cannot tell the two apart: a translation that ran two paragraphs together is taken as well
    for the second of them, the first missing (a 2-1 bead against a 1-0 and a 1-1: ``_JOIN`` and
    ``MISSING`` differ by less than what length and anchors say of the two readings); a missing paragraph
    between two that read alike may be either's.  Which of the two the words side with is ``_undecided``'s.
    ``best`` holds the cost of the cheapest alignment up to each point; the cheapest from each point to the
    end is found the same way, backwards, and each bead is weighed by the cheapest whole alignment through it."""
    rest = {(n, m): 0.0}
    for i in range(n, -1, -1):
        for j in range(min(m, i + BAND), max(0, i - BAND) - 1, -1):
            ahead = [step + rest[(i + di, j + dj)] for (di, dj), step in _moves(i, j, n, m, cost, joined)
                     if (i + di, j + dj) in rest]
            if ahead and (i, j) != (n, m):
                rest[(i, j)] = min(ahead)
    cheapest: dict[int, dict[int | None, float]] = {}  # translation unit -> its original -> the cheapest alignment
    for (i, j), before in best.items():
        for (di, dj), step in _moves(i, j, n, m, cost, joined):
            if (i + di, j + dj) in rest:
                whole = before + step + rest[(i + di, j + dj)]
                for t, k in _given(di, dj, i, j):
                    given = cheapest.setdefault(t, {})
                    given[k] = min(given.get(k, math.inf), whole)
    found = []
    for i, j in beads:
        if i is None or j is None:
            continue
        others = [(whole, k) for k, whole in cheapest[j].items() if k != i]
        if others and (rival := min(others, key=lambda other: other[0]))[0] - best[(n, m)] < AMBIGUOUS:
            found.append((i, j, rival[1]))
    return tuple(found)
