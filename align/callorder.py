"""Footnotes one paragraph calls, numbered in the order the translation calls them.

A translation puts a paragraph's footnote calls where its own words put
them, and footnotes are numbered in the order of their calls: the English
A/RES/79/42 cites "Ibid., vol. 3132" (footnote 2) before "Ibid., vol. 1456"
(footnote 3), the Chinese the other way round; the Chinese 79/8 calls the
Beijing report before resolutions S-23/2 and S-23/3, the English after.
Paired by number, such footnotes are each other's translations' -- with a
fair confidence, since a citation shares most of its numbers with its
neighbour's.

So, before footnotes are renumbered (``renumbering.py``):

1. the footnotes of each side are grouped by the paragraph that calls them:
   a group is two footnotes or more in a row, each called by that paragraph
   alone (the paragraphs are numbered apart from the footnotes, so the same
   paragraph calls the same group in each version);
2. a group is reordered only where both sides have it with the same
   footnote numbers (no footnote missing or added in it) and at most
   ``LARGEST`` footnotes (every order is tried);
3. the order of least cost (the renumbering's cost of a pair: anchors
   shared and unshared, and length) is taken where it costs ``margin``
   less than the order of the numbers, and every footnote it moves fits
   its new original better than its old.

What this gives, ``{translation index: original index}`` for each moved
footnote, the renumbering applies and says once ("translation FN7, FN8 and
FN9 are original FN9, FN7 and FN8: PP17 calls them in another order").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import permutations

from .model import Repair, Unit

LARGEST = 6  # footnotes of one paragraph, at most, whose orders are all tried (720)


@dataclass(frozen=True)
class Reordering:
    """The translation's footnotes renamed after the originals they translate, and what was said."""

    names: dict[str, str]  # translation id -> original id, for each footnote moved
    order: tuple[int, ...]  # the run's translation footnotes, in the order of their new numbers
    repair: Repair | None = None


def reorder(src: list[Unit], tgt: list[Unit], src_anchors: list[Counter[str]], tgt_anchors: list[Counter[str]],
            cost, margin: float) -> Reordering:
    """The footnotes of a run the content numbers otherwise within the groups one paragraph calls (see the
    module).  Anchors hold the footnotes' callers (``caller:PP17``); ``cost(i, j)`` is original i with
    translation j."""
    def callers(anchors: list[Counter[str]]) -> list[frozenset[str]]:
        return [frozenset(key[len("caller:"):] for key in a if key.startswith("caller:")) for a in anchors]

    tgt_callers = callers(tgt_anchors)
    moved = reordered([u.id for u in src], [u.id for u in tgt], callers(src_anchors), tgt_callers, cost, margin)
    names = {tgt[j].id: src[i].id for j, i in moved.items()}
    if not names:
        return Reordering({}, tuple(range(len(tgt))))
    number = {j: int(names.get(u.id, u.id)[2:]) for j, u in enumerate(tgt)}
    old = sorted(names, key=lambda uid: int(uid[2:]))
    paragraphs = sorted({p for j in moved for p in tgt_callers[j]})
    message = (f"numbered by content, not by number: translation {_listed(old)} are original "
               f"{_listed([names[uid] for uid in old])}: {_listed(paragraphs)} "
               f"{'calls' if len(paragraphs) == 1 else 'call'} them in another order")
    units = tuple(sorted(set(names.values()), key=lambda uid: int(uid[2:])))
    return Reordering(names, tuple(sorted(number, key=number.get)), Repair(message, units, reordered=True))


def _listed(ids: list[str]) -> str:
    """``FN2 and FN3``; ``FN7, FN8 and FN9``."""
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"


def groups(callers: list[frozenset[str]]) -> dict[str, range]:
    """Each paragraph that alone calls two footnotes or more in a row, with their indices.  ``callers`` are
    the paragraphs that call each footnote of a run, in order."""
    found: dict[str, range] = {}
    start = 0
    for k in range(1, len(callers) + 1):
        if k < len(callers) and len(callers[k]) == 1 and callers[k] == callers[start]:
            continue
        if k - start >= 2 and len(callers[start]) == 1:
            (paragraph,) = callers[start]
            found.setdefault(paragraph, range(start, k))  # a paragraph that calls two runs: the first only
        start = k
    return found


def reordered(source_ids: list[str], target_ids: list[str], source_callers: list[frozenset[str]],
              target_callers: list[frozenset[str]], cost, margin: float) -> dict[int, int]:
    """{translation index: original index} for each footnote the content pairs otherwise than its number
    (see the module); ``cost(i, j)`` is the cost of original i with translation j."""
    moved: dict[int, int] = {}
    theirs = groups(target_callers)
    for paragraph, mine in groups(source_callers).items():
        other = theirs.get(paragraph)
        if other is None or len(other) != len(mine) or len(mine) > LARGEST or \
                [source_ids[i] for i in mine] != [target_ids[j] for j in other]:
            continue
        costs = {(i, j): cost(i, j) for i in mine for j in other}  # each pair once, for the 720 orders of six
        as_numbered = sum(costs[i, j] for i, j in zip(mine, other))
        least, best = min((sum(costs[i, j] for i, j in zip(order, other)), order) for order in permutations(mine))
        changed = [(i, j) for i, j in zip(best, other) if source_ids[i] != target_ids[j]]
        if not changed or as_numbered - least < margin:
            continue
        by_number = dict(zip(other, mine))
        if all(costs[i, j] < costs[by_number[j], j] for i, j in changed):
            moved.update({j: i for i, j in changed})
    return moved
