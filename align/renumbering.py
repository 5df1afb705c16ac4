"""Ids are a hypothesis, content is the evidence: paragraphs and footnotes renumbered or missing.

Pairing by id trusts the numbers.  A translation that lost its operative
paragraph 4 and renumbered 5-11 as 4-10, or lost footnote 5 and called the
next ones 5 and 6, pairs the wrong paragraphs by number.  So, in each run of
numbered units (the operative paragraphs of one scope: ``OP1``..., or
``ANX1.OP1``...; the footnotes ``FN1``...):

1. each source unit -- a paragraph with its sub-paragraphs -- is scored
   against each target unit by what survives translation: the anchors both
   hold (numbers read per locale, symbols, sales numbers, footnote calls),
   those only one holds, and the length (Gale-Church probability); and, for
   paragraphs, by the probability that the pair is right as the confidence
   judges it (``confidence.py``: words that translate each other and all),
   which tells apart neighbours that hold no anchor;
2. the units are aligned in order, a unit on either side allowed to have no
   counterpart (beads 1-1, 1-0, 0-1), and, for paragraphs, two of the
   original run into one of the translation or one cut in two (2-1, 1-2,
   near the diagonal, at a cost ``beads._JOIN`` on top of their pair's), by
   dynamic programming;
3. where that alignment explains the content better than pairing by number --
   by ``MARGIN`` --, pairs a unit otherwise, and two thirds of the units it
   moves fit their new original better than their old, the target's units
   take the ids of the source units they translate (their sub-paragraphs and
   headings with them, ``OP4(a)`` -> ``OP5(a)``; footnote calls follow their
   footnotes), a target unit with no counterpart is named after the one
   before it (``OP3+1``), and one warning says what happened: "translation
   OP4-OP10 are original OP5-OP11; original OP4 is missing", "translation
   OP5 holds original OP5 and OP6, run together".  The ``Repair`` it makes
   is what QA reports as one cause;
4. a pair that another alignment, nearly as cheap, gives to another
   original is doubtful where the words do not side against it: "translation
   OP3 may hold original OP3 and OP4, run together: the pair of OP4 is
   doubtful" (a merge taken for a missing paragraph), "the content cannot
   tell whether translation OP1 is original OP1 or OP2" (look-alikes).

A translation that numbers as its original does is left as it is: on every
resolution of the 79th session, in five languages, re-pairing changes only
the three French versions that lack a footnote, a Russian section that
numbers a paragraph the English does not, seven Chinese resolutions whose
footnotes one paragraph calls in another order (``callorder.py``, applied
first, within each group of them), and article 17 of the Chinese 79/243,
whose item (a)(ii) is read as a paragraph of its own (said to be split).
``bench/damaged_pairs.py`` measures it on translations damaged on purpose.
A footnote is scored by its anchors, its length and the paragraphs that
call it (numbered apart from the footnotes, so the same in both versions),
not by its words: a citation's do not say which it is.  Two neighbouring
paragraphs in the other order are found as one crossed bead (at a cost
``beads._SWAP`` on top of their pairs'): "translation OP4 and OP5 are original
OP5 and OP4, in the other order" (footnotes too); units further apart
exchanged are left paired by number, and their confidence says they are
not each other's translation.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from .anchors import text_anchors
from .callorder import reorder
from .repairs import say as _say
from .beads import AMBIGUOUS, BAND, MISSING, Joins, align_beads, bead_names, rivals
from .confidence import Judge
from .model import Document, FootnoteCall, Repair, Unit, unit_head, within

MARGIN = 6.0  # nats: how much better the content must say it is before the numbers are overruled
_SHARED, _UNSHARED = 2.0, 1.5  # per anchor held by both, by one side only
_CALLER = 0.5  # the weight of the paragraph that calls a footnote, against an anchor's 1
_WORDS = 1.0  # the weight of -log(the probability that the pair is right), words and all
_HOLDS = 0.05  # the share of a translation's words two originals read together must translate beyond either alone
_HELD = 0.6  # and the share of each original's words found in it, against the other's: it holds both
_PLAUSIBLE = 4.0  # a pair by number no costlier than this is not worth questioning
_LONG_ENOUGH = 200  # characters of moved text that length alone can speak for
_MOST = 2 / 3  # the share of moved units that must fit their new original better than their old
_CLEARER = 0.5  # nats: by how much, at least (a merge shifts units that fit as well where they were)
_NUMBERED = re.compile(r"^(?P<scope>(?:[A-Z]\d*\.|ANX\d+\.|S\d+\.|Q\d+\.|ART\d+\.)*)OP(?P<n>\d+)$")
_FOOTNOTE = re.compile(r"^FN(?P<n>\d+)$")
# An article of a declaration or a convention, with its paragraphs: ART11 of ART11.1, ANX1.ART17 of ANX1.ART17.OP1.
_ARTICLE = re.compile(r"^(?P<scope>(?:ANX\d+\.)*)ART(?P<n>\d+)(?=$|[.(])")


@dataclass(frozen=True)
class Renumbering:
    """The target with its units renamed after the source's they translate, and what was said."""

    target: Document
    warnings: tuple[str, ...]
    repairs: tuple[Repair, ...] = ()


def renumber(source: Document, target: Document, length_probability, judge: Judge | None = None) -> Renumbering:
    """Re-pair runs of numbered units by content where it overrules their numbers (see the module)."""
    repairs: list[Repair] = []
    # footnotes first: their calls then stand renumbered when the paragraphs that hold them are scored;
    # then the articles of a declaration or a convention, each with its paragraphs; then paragraphs
    for pattern in (_FOOTNOTE, _ARTICLE, _NUMBERED):
        for src, tgt in _runs(source, target, pattern):
            if pattern is not _ARTICLE:  # an article's units are gathered by _runs already
                src, tgt = _whole(src, source), _whole(tgt, target)
            src_anchors = [_anchors(u, source.language) for u in src]
            tgt_anchors = [_anchors(u, target.language) for u in tgt]
            if pattern is _FOOTNOTE:  # a footnote is known by the paragraph that calls it, too
                src_anchors = [a + c for a, c in zip(src_anchors, _callers(src, source))]
                tgt_anchors = [a + c for a, c in zip(tgt_anchors, _callers(tgt, target))]
                # and one paragraph's footnotes are numbered in the order the translation calls them
                reordering = reorder(src, tgt, src_anchors, tgt_anchors, lambda i, j: _pair_cost(
                    src[i].text, tgt[j].text, src_anchors[i], tgt_anchors[j], length_probability), MARGIN)
                if reordering.repair:
                    target = _rename(target, reordering.names)
                    repairs.append(reordering.repair)
                    tgt = [replace(tgt[j], id=reordering.names.get(tgt[j].id, tgt[j].id)) for j in reordering.order]
                    tgt_anchors = [tgt_anchors[j] for j in reordering.order]
            # a footnote's words are a citation's, kept in the language of its publication: the judge, fitted
            # on paragraphs, speaks only for paragraphs
            names, joins = _better_names(src, tgt, src_anchors, tgt_anchors, length_probability,
                                         judge if pattern is not _FOOTNOTE else None)
            if names:
                target = _rename(target, names)
                repairs.append(_say(src, tgt, names, joins))
    return Renumbering(target, tuple(f"{target.path}: {r.message}" for r in repairs), tuple(repairs))


def _runs(source: Document, target: Document, pattern: re.Pattern[str]):
    """The numbered units of each scope, source and target side by side."""
    def by_scope(document: Document) -> dict[str, list[Unit]]:
        found: dict[str, list[Unit]] = {}
        for unit in document.units:
            if match := pattern.match(unit.id):
                found.setdefault(match.groupdict().get("scope") or "", []).append(unit)
        return {scope: _articles(units) for scope, units in found.items()} if pattern is _ARTICLE else found

    src, tgt = by_scope(source), by_scope(target)
    if pattern is _NUMBERED:
        src, tgt = _enclosed(src, tgt, source), _enclosed(tgt, src, target)
    return [(src[scope], tgt[scope]) for scope in src if scope in tgt and len(src[scope]) > 1 and len(tgt[scope]) > 1]


def _enclosed(mine: dict[str, list[Unit]], other: dict[str, list[Unit]], document: Document) -> dict[str, list[Unit]]:
    """The runs of one side with each scope the other side does not have read as part of the run of the scope
    that encloses it, in document order: a translation whose numbering starts again at 1 after a heading
    (the French 79/323: ``ANX1.S2.OP1`` where the English goes on with ``ANX1.OP58``) is scored against the
    paragraphs it translates, and renamed after them where its content says so."""
    lone = [scope for scope in mine if scope not in other]
    if not lone:
        return mine
    order = {unit.id: k for k, unit in enumerate(document.units)}
    runs = {scope: list(units) for scope, units in mine.items()}
    for scope in lone:
        parts = scope.split(".")[:-1]  # "ANX1.S2." -> ["ANX1", "S2"]
        enclosing = next((".".join(parts[:k]) + "." if k else "" for k in range(len(parts) - 1, -1, -1)
                          if (".".join(parts[:k]) + "." if k else "") in other), None)
        if enclosing is None or enclosing not in runs:
            continue
        runs[enclosing] = sorted(runs[enclosing] + runs.pop(scope), key=lambda unit: order[unit.id])
    return runs


def _articles(units: list[Unit]) -> list[Unit]:
    """One unit for each article, in order (``ART11`` for ``ART11.1`` and ``ART11.2``, its heading and title
    with them), for scoring only."""
    gathered: dict[str, list[Unit]] = {}
    for unit in units:
        gathered.setdefault(_ARTICLE.match(unit.id).group(0), []).append(unit)
    return [_joined(uid, parts) for uid, parts in gathered.items()]


def _joined(uid: str, parts: list[Unit]) -> Unit:
    """Units read as one (for scoring only): the first with id ``uid``, the texts joined by a space, the calls
    of each where they now stand."""
    text, calls = parts[0].text, list(parts[0].calls)
    for part in parts[1:]:
        calls.extend(replace(c, offset=c.offset + len(text) + 1) for c in part.calls)
        text = f"{text} {part.text}"
    return replace(parts[0], id=uid, text=text, calls=tuple(calls))


def _whole(run: list[Unit], document: Document) -> list[Unit]:
    """Each unit of the run with its sub-paragraphs and headings: a paragraph's items are its content.

    The text joins theirs and the calls gather theirs (as one unit, for scoring only); the id is the
    paragraph's.
    """
    heads = {unit.id for unit in run}
    family: dict[str, list[Unit]] = {unit.id: [] for unit in run}
    for unit in document.units:
        head = unit_head(unit.id)
        if head in heads and head != unit.id:
            family[head].append(unit)
    return [_joined(unit.id, [unit, *family[unit.id]]) for unit in run]


def _callers(footnotes: list[Unit], document: Document) -> list[Counter[str]]:
    """For each footnote, the paragraphs that call it, as anchors: the paragraphs are numbered apart from the
    footnotes, so a footnote called from OP7 in the original is, in a translation, the one called from OP7.
    A caller weighs less than an anchor of the text (``_CALLER``): a symbol the footnote cites says more."""
    callers: dict[int, set[str]] = {}
    for unit in document.units:
        for call in unit.calls:
            callers.setdefault(call.number, set()).add(unit_head(unit.id))
    return [Counter({f"caller:{uid}": _CALLER for uid in callers.get(int(u.id[2:]), ())}) for u in footnotes]


def _anchors(unit: Unit, language: str) -> Counter[str]:
    found = text_anchors(unit.text, language)
    found.update(f"call:{call.number}" for call in unit.calls)
    return found


def _better_names(src: list[Unit], tgt: list[Unit], src_anchors: list[Counter[str]], tgt_anchors: list[Counter[str]],
                  length_probability, judge: Judge | None):
    """{target id: new id} where the content overrules the numbers, and the units it runs together; empty
    where it does not."""

    pair_cost = partial(_pair_cost, length_probability=length_probability, judge=judge)

    @lru_cache(maxsize=None)
    def cost(i: int, j: int) -> float:
        return pair_cost(src[i].text, tgt[j].text, src_anchors[i], tgt_anchors[j])

    @lru_cache(maxsize=None)
    def joined(i: int, j: int, merged: bool) -> float:
        """Original units i and i + 1 against translation unit j (``merged``), or i against j and j + 1."""
        if merged:
            return pair_cost(_join(judge, (src[i].text, src[i + 1].text), True), tgt[j].text,
                             src_anchors[i] + src_anchors[i + 1], tgt_anchors[j])
        return pair_cost(src[i].text, _join(judge, (tgt[j].text, tgt[j + 1].text), False), src_anchors[i],
                         tgt_anchors[j] + tgt_anchors[j + 1])

    nothing = {}, Joins()
    by_id = {u.id: i for i, u in enumerate(src)}
    pairs = [cost(by_id[u.id], j) for j, u in enumerate(tgt) if u.id in by_id]
    if len(src) == len(tgt) == len(pairs) and max(pairs) < _PLAUSIBLE:
        return nothing  # every pair by number is one content agrees with: nothing to re-pair (most documents)
    as_numbered = sum(pairs) + MISSING * (len(src) + len(tgt) - 2 * len(pairs))
    if abs(len(src) - len(tgt)) > BAND:
        return nothing
    # two units run into one are told only where the words can speak for them (paragraphs)
    beads, best, joins = align_beads(len(src), len(tgt), cost, joined if judge is not None else None)
    if as_numbered - best < MARGIN:
        return nothing
    names = bead_names(beads, [u.id for u in src], [u.id for u in tgt])
    # a run re-paired: a target unit that is another unit of the original (a unit merely left out on
    # both sides at one place is a difference the aligner shows as it is, unpaired)
    moved = [(i, j) for i, j in beads if i is not None and j is not None and src[i].id != tgt[j].id]
    # and the content must say something: an anchor the moved pairs share, or text long enough for
    # its length to mean more than chance ("Two;" and "Trois ;" say nothing)
    evidence = any(src_anchors[i] & tgt_anchors[j] for i, j in moved) or \
        sum(len(src[i].text) for i, _ in moved) >= _LONG_ENOUGH
    # and most moved units must fit their new original better than the one their number gave them: a
    # run shifted as a whole to absorb one merged paragraph moves units that were right where they were
    judged = [cost(i, j) + _CLEARER < cost(by_id[tgt[j].id], j) for i, j in moved if tgt[j].id in by_id]
    better = sum(judged) >= _MOST * len(judged)
    if not (moved and evidence and better):
        return nothing
    contested = _undecided(rivals(len(src), len(tgt), cost, joined, beads), src, tgt, judge) if judge else ()
    return {old: new for old, new in names.items() if old != new}, replace(
        joins, unsure=_unsure(beads, cost, joins), contested=contested)


def _unsure(beads, cost, joins: Joins) -> tuple[tuple[int, int], ...]:
    """Where a unit of the original is missing between two paired neighbours, whether the content could as
    well say the neighbour is the missing one: pairing the missing unit with the neighbour's translation
    costs less than ``AMBIGUOUS`` more (two paragraphs of like content, side by side)."""
    found, run_into = [], {i + 1 for i, _ in joins.merged}  # the second of two merged is not missing
    for k, (i, j) in enumerate(beads):
        if i is None or j is not None or i in run_into or k == 0 or k + 1 == len(beads):
            continue
        (before, jb), (after, ja) = beads[k - 1], beads[k + 1]
        if before is not None and jb is not None and cost(i, jb) - cost(before, jb) < AMBIGUOUS:
            found.append((i, before))
        if after is not None and ja is not None and cost(i, ja) - cost(after, ja) < AMBIGUOUS:
            found.append((i, after))
    return tuple(found)


def _undecided(rivals, src: list[Unit], tgt: list[Unit], judge: Judge | None) \
        -> tuple[tuple[int, int, int, bool], ...]:
    """Of the pairs (i, j) that an alignment nearly as cheap gives to another original k (``_contested``),
    those the words do not decide for, as (i, j, k, whether j holds k and i run together).

    Where k is i's neighbour and the translation holds both -- read together, the two originals translate
    ``_HOLDS`` more of its words than either alone, and the words of each are found in it at least ``_HELD``
    as much as the other's --, the two are run together and the translation is the first's, as a 2-1 bead pairs it: the pair
    is doubtful if k is the first.  Otherwise it is doubtful if k's words fit the translation as well as
    i's (the lesser of the two coverages no lower): two neighbours that read alike.  Without a lexicon, or
    where the rival leaves the translation without an original, nothing is doubted: the words must speak."""
    if judge is None:
        return ()

    def coverage(source: str, target: str) -> tuple[float, float] | None:
        (forward, backward), _ = judge.words(source, target)
        return None if forward is None or backward is None else (forward, backward)

    found = []
    for i, j, k in rivals:
        if k is None or (own := coverage(src[i].text, tgt[j].text)) is None or \
                (theirs := coverage(src[k].text, tgt[j].text)) is None:
            continue
        if abs(i - k) == 1:
            first, second = sorted((i, k))
            both = coverage(f"{src[first].text} {src[second].text}", tgt[j].text)
            if both is not None and both[1] >= max(own[1], theirs[1]) + _HOLDS and \
                    min(own[0], theirs[0]) >= _HELD * max(own[0], theirs[0]):
                if k == first:
                    found.append((i, j, k, True))
                continue
        if min(theirs) >= min(own):
            found.append((i, j, k, False))
    return tuple(found)


def _join(judge: Judge | None, parts: tuple[str, str], source: bool) -> str:
    """Two units' texts read as one, their words known to the lexicon from each (``Lexicon.join``)."""
    lexicon = judge.lexicon if judge is not None else None
    return lexicon.join(parts, source) if lexicon is not None else " ".join(parts)


def _pair_cost(source: str, target: str, source_anchors: Counter[str], target_anchors: Counter[str],
               length_probability, judge: Judge | None = None) -> float:
    """What pairing the two texts costs: anchors shared and unshared, length, and what the words say."""
    shared = sum((source_anchors & target_anchors).values())
    unshared = sum((source_anchors | target_anchors).values()) - shared
    length = max(length_probability(len(source), len(target)), 1e-12)
    found = -math.log(length) - _SHARED * shared + _UNSHARED * unshared
    if judge is None:
        return found
    # and what the words say: how unlikely the pair is to be right, as the confidence judges it
    evidence = judge.evidence(source, target, source_anchors, target_anchors, length, copies=False)
    return found - _WORDS * math.log(max(judge.probability(evidence), 1e-4))


def _rename(target: Document, names: dict[str, str]) -> Document:
    """Each renamed unit with its sub-paragraphs and headings; footnote calls after their footnotes."""
    def renamed(uid: str) -> str:
        for old, new in names.items():
            if within(uid, old):
                return new + uid[len(old):]
        return uid

    calls = {int(old[2:]): new for old, new in names.items() if _FOOTNOTE.match(old)}

    def call(c: FootnoteCall) -> FootnoteCall:
        new = calls.get(c.number)
        if new is None:
            return c
        # a call to a footnote the original does not have (FN9+1) calls number 0, which no footnote has:
        # its old number may now be another footnote's
        return replace(c, number=int(new[2:]) if _FOOTNOTE.match(new) else 0)

    units = tuple(replace(u, id=renamed(u.id), calls=tuple(call(c) for c in u.calls)) for u in target.units)
    return replace(target, units=units)
