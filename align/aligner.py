"""Aligning two language versions: by unit id first, then sentence by sentence.

Units are paired by id once the ids are checked against the content
(``renumbering.py``: runs renumbered, paragraphs missing, merged or split).
Inside a pair, sentences are aligned by a Gale-Church length model (beads
1-1, 1-0, 0-1, 2-1, 1-2, 2-2) whose cost is lowered by shared anchors
(numbers, symbols, footnote calls) and raised by unshared ones.  The length
ratio and its variance are calibrated on the document's own paired units.
Every link and every unit gets the probability that it is right
(``confidence.py``), capped where doubt lies beyond one pair (``doubt.py``).  A unit on one side only is kept as an unpaired pair,
never dropped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from .anchors import call_anchors, text_anchors
from .confidence import Evidence, Judge, judge as judge_for
from .doubt import copies, rivals, unsure
from .errors import MismatchError
from .model import (
    Alignment,
    Document,
    LinkReason,
    SegmentedUnit,
    SentenceLink,
    UnitPair,
    within,
)
from .beads import bead_names
from .renumbering import renumber
from .segment import segment_document
from .srx import SegmentationRules

# Gale & Church (1993) bead priors.
_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}
_DEFAULT_VARIANCE = 6.8
_ANCHOR_WEIGHT = 2.0
_MIN_SHARED_IDS = 0.5
_BAND = 20  # sentences either side of the diagonal the programme explores


def align_documents(source: Document, target: Document, rules: SegmentationRules) -> Alignment:
    target = same_document(source, target)
    # the numbers are checked against the content first; the structure is judged, and the length
    # model calibrated, on the pairs that come out of it
    model = _length_model(source, target)
    judge = document_judge(source, target)
    renumbered = renumber(source, target, model.probability, judge)
    if renumbered.warnings:  # units re-paired: the length model is calibrated again on the new pairs (the judge
        # learns a document's usual coverage from its texts in order, which renaming does not change)
        target = replace(renumbered.target, warnings=renumbered.target.warnings + renumbered.warnings)
        model = _length_model(source, target)
    check_structure(source, target)
    target = match_preambular(source, target, model)
    src = {s.unit.id: s for s in segment_document(source, rules)}
    tgt = {s.unit.id: s for s in segment_document(target, rules)}
    order = merge_order(source.ids(), target.ids())
    pairs = tuple(
        _align_pair(uid, src.get(uid), tgt.get(uid), model, source.language, target.language, judge)
        for uid in order
    )
    # a doubtful unit with all it holds: OP3 with OP3(a) and OP3.h1, ART13 with ART13.1
    doubtful = tuple(uid for repair in renumbered.repairs for uid in repair.doubtful)
    if doubtful:
        pairs = tuple(unsure(pair) if pair.paired and any(within(pair.unit_id, uid) for uid in doubtful) else pair
                      for pair in pairs)
    # what the model, judging one pair alone, cannot see
    pairs = rivals(pairs, judge, frozenset(uid for repair in renumbered.repairs for uid in repair.joined))
    return Alignment(source, target, pairs, model.ratio, rules.signature, renumbered.repairs)


def document_judge(source: Document, target: Document) -> Judge:
    """The judge of the two languages, told the lexical coverage usual in this document."""
    return judge_for(source.language, target.language).for_document(
        [unit.text for unit in source.units], [unit.text for unit in target.units])


_PREAMBULAR = re.compile(r"^((?:[A-Z]+\d*\.)*)PP\d+$")  # PP3, and an annex's or a part's: ANX1.PP3, B.PP3


def _preambular(uid: str) -> bool:
    return _PREAMBULAR.match(uid) is not None


def _scope(uid: str) -> str:
    """The part of the document a preambular paragraph opens: "" for the resolution's own, "ANX1." for an
    annexed convention's."""
    return _PREAMBULAR.match(uid).group(1)


def match_preambular(source: Document, target: Document, model: LengthModel) -> Document:
    """Give the target's preambular paragraphs the ids of the source's they translate.

    Preambular paragraphs are not numbered in the text, so when the two
    versions have not the same number of them, counting would pair the wrong
    ones and name the last as missing.  They are aligned instead, by length
    and anchors (beads 1-1, 1-0, 0-1); a target paragraph with no source
    counterpart is named after the one before it (``PP3+1``).  Each preamble
    on its own: the resolution's, and an annexed convention's (``ANX1.PP3``,
    which one version may start a paragraph later, its title printed on two
    lines).
    """
    names: dict[str, str] = {}
    for scope in dict.fromkeys(_scope(u.id) for u in source.units if _preambular(u.id)):
        src = [u for u in source.units if _preambular(u.id) and _scope(u.id) == scope]
        tgt = [u for u in target.units if _preambular(u.id) and _scope(u.id) == scope]
        if len(src) == len(tgt) or not tgt:
            continue
        beads = _paragraph_beads(src, tgt, source.language, target.language, model)
        names.update(bead_names(beads, [u.id for u in src], [u.id for u in tgt]))
    if not names:
        return target
    return replace(target, units=tuple(replace(u, id=names.get(u.id, u.id)) for u in target.units))


def _paragraph_beads(src, tgt, src_lang, tgt_lang, model):
    n, m = len(src), len(tgt)
    src_anchors = [text_anchors(u.text, src_lang) for u in src]
    tgt_anchors = [text_anchors(u.text, tgt_lang) for u in tgt]
    cost = {(0, 0): 0.0}
    back = {}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) not in cost:
                continue
            for di, dj in ((1, 1), (1, 0), (0, 1)):
                if i + di > n or j + dj > m:
                    continue
                if di and dj:
                    step = -math.log(0.89) - math.log(max(model.probability(len(src[i].text), len(tgt[j].text)), 1e-12))
                    shared = sum((src_anchors[i] & tgt_anchors[j]).values())
                    step -= _ANCHOR_WEIGHT * shared
                else:
                    step = -math.log(0.01) + 6.0
                key = (i + di, j + dj)
                if cost[(i, j)] + step < cost.get(key, float("inf")):
                    cost[key] = cost[(i, j)] + step
                    back[key] = (di, dj)
    beads = []
    i, j = n, m
    while i or j:
        di, dj = back[(i, j)]
        beads.append((i - 1 if di else None, j - 1 if dj else None))
        i, j = i - di, j - dj
    return list(reversed(beads))


def same_document(source: Document, target: Document) -> Document:
    """The target, checked to be a version of the source's document (its symbol, another language);
    refused if it is not.

    Where the symbols differ but the UN's job number in both file names is the
    same, the target is read as the source's symbol, with a warning; the other
    checks still apply.
    """
    if _norm_symbol(source.symbol) != _norm_symbol(target.symbol):
        if source.job and source.job == target.job:
            target = replace(target, symbol=source.symbol, warnings=target.warnings + (
                f"{target.path}: the document says it is {target.symbol}, but its job number {source.job} is that "
                f"of {source.path} ({source.symbol}): read as {source.symbol}; report the error to its publisher",))
        else:
            raise MismatchError(
                f"{source.path} is {source.symbol} but {target.path} is {target.symbol}: "
                "give two language versions of the same document"
            )
    if source.language == target.language:
        raise MismatchError(
            f"{source.path} and {target.path} are both in {source.language!r}; "
            "give two languages (check the documents, their names, or --src-lang/--tgt-lang)"
        )
    return target


def check_structure(source: Document, target: Document) -> None:
    """Refuse two versions that share too few unit ids to be one document's (a fragment, another text)."""
    shared = set(source.ids()) & set(target.ids())
    union = set(source.ids()) | set(target.ids())
    if len(shared) < _MIN_SHARED_IDS * len(union):
        raise MismatchError(
            f"{source.path} and {target.path} share only {len(shared)} of "
            f"{len(union)} paragraph ids: they do not have the structure of one "
            "document; check that both are complete versions of it"
        )


def _length_model(source: Document, target: Document) -> LengthModel:
    # calibrated on the units paired by number, which the text states; the preambular paragraphs of every
    # preamble (the resolution's, an annexed convention's) are unnumbered, and paired by count only here
    target_text = {unit.id: unit.text for unit in target.units}
    return LengthModel.calibrate(
        [(u.text, target_text[u.id]) for u in source.units if u.id in target_text and not _preambular(u.id)]
    )


def _norm_symbol(symbol: str) -> str:
    return "".join(symbol.split()).upper()


def merge_order(source_ids: tuple[str, ...], target_ids: tuple[str, ...]) -> list[str]:
    """Source order, with each target-only id placed after its target predecessor."""
    order = list(source_ids)
    known = set(order)
    previous = None
    for uid in target_ids:
        if uid not in known:
            position = order.index(previous) + 1 if previous is not None else 0
            order.insert(position, uid)
            known.add(uid)
        previous = uid
    return order


class LengthModel:
    """Target length ~ ratio * source length, variance per character (chars)."""

    def __init__(self, ratio: float, variance: float):
        self.ratio = ratio
        self.variance = variance

    @classmethod
    def calibrate(cls, pairs: list[tuple[str, str]]) -> LengthModel:
        src_total = sum(len(s) for s, _ in pairs)
        tgt_total = sum(len(t) for _, t in pairs)
        if not src_total or not tgt_total:
            return cls(1.0, _DEFAULT_VARIANCE)
        ratio = tgt_total / src_total
        if len(pairs) < 5:
            return cls(ratio, _DEFAULT_VARIANCE)
        spread = [(len(t) - ratio * len(s)) ** 2 / max(len(s), 1) for s, t in pairs]
        return cls(ratio, min(max(sum(spread) / len(spread), 1.0), 50.0))

    def probability(self, source_len: int, target_len: int) -> float:
        """Two-tailed probability of a length difference at least this large."""
        if source_len == 0 and target_len == 0:
            return 1.0
        mean = (source_len + target_len / self.ratio) / 2
        delta = (target_len - self.ratio * source_len) / math.sqrt(max(mean, 1.0) * self.variance)
        return math.erfc(abs(delta) / math.sqrt(2))


def _align_pair(uid, source, target, model, src_lang, tgt_lang, judge: Judge | None = None) -> UnitPair:
    if source is None or target is None:
        present = source or target
        indices = tuple((i,) for i in range(len(present.sentences)))
        links = tuple(
            SentenceLink(i, (), 0.0, LinkReason.UNPAIRED) if source else SentenceLink((), i, 0.0, LinkReason.UNPAIRED)
            for i in indices
        )
        return UnitPair(uid, source, target, links, 0.0)
    judge = judge or judge_for(src_lang, tgt_lang)
    src_anchors = [_anchors(source, i, src_lang) for i in range(len(source.sentences))]
    tgt_anchors = [_anchors(target, i, tgt_lang) for i in range(len(target.sentences))]
    if len(source.sentences) == 1 and len(target.sentences) == 1:
        beads = [((0,), (0,))]
    else:
        beads = _gale_church(source, target, src_anchors, tgt_anchors, model)
    linked = [_link(source, target, si, ti, src_anchors, tgt_anchors, model, judge) for si, ti in beads]
    links = tuple(link for link, _ in linked)
    # the unit, judged as a whole (with what its sentence links say of it); one link holds the whole unit
    alone = sum(len(link.source) + len(link.target) for link in links if not link.source or not link.target)
    evidence = linked[0][1] if len(linked) == 1 and linked[0][1] is not None else _evidence(
        source, target, tuple(range(len(source.sentences))), tuple(range(len(target.sentences))),
        src_anchors, tgt_anchors, model, judge, one_to_one=False)
    confidence = judge.probability(replace(
        evidence, left_alone=alone / (len(source.sentences) + len(target.sentences)),
        links=tuple(link.confidence for link in links if link.source and link.target)), unit=True)
    if len(links) == 1:  # one link: the same two texts, one number
        links = (replace(links[0], confidence=confidence),)
    pair = UnitPair(uid, source, target, links, confidence)
    return copies(pair)


def _link(source, target, si, ti, src_anchors, tgt_anchors, model, judge) -> tuple[SentenceLink, Evidence | None]:
    """The link of a bead, with the probability that it is right, and its evidence; a sentence alone is
    unpaired."""
    if not si or not ti:
        return SentenceLink(si, ti, 0.0, LinkReason.UNPAIRED), None
    evidence = _evidence(source, target, si, ti, src_anchors, tgt_anchors, model, judge,
                         one_to_one=len(si) == len(ti) == 1)
    if len(source.sentences) == len(target.sentences) == 1:
        reason = LinkReason.ID
    else:
        reason = LinkReason.ANCHOR if evidence.shared is not None and evidence.shared >= 0.5 else LinkReason.LENGTH
    return SentenceLink(si, ti, judge.probability(evidence), reason), evidence


def _anchors(unit: SegmentedUnit, index: int, language: str) -> Counter[str]:
    sentence = unit.sentences[index]
    found = text_anchors(sentence.text, language)
    if unit.unit.calls:
        found.update(call_anchors(unit.unit.calls, sentence.start, sentence.end))
    return found


def _evidence(source, target, si, ti, src_anchors, tgt_anchors, model, judge, one_to_one) -> Evidence:
    """What the sentences ``si`` and ``ti`` of a pair of units hold (see ``confidence.py``)."""
    src_text = " ".join(source.sentences[i].text for i in si)
    tgt_text = " ".join(target.sentences[j].text for j in ti)
    return judge.evidence(src_text, tgt_text, _merged(src_anchors, si), _merged(tgt_anchors, ti),
                          model.probability(len(src_text), len(tgt_text)), one_to_one)


def _merged(anchors: list[Counter[str]], indices: tuple[int, ...]) -> Counter[str]:
    """The anchors of consecutive sentences: their sum, or, where only one sentence holds any
    (most hold none), that sentence's own Counter rather than a copy; it is never changed."""
    holding = [anchors[i] for i in indices if anchors[i]]
    return holding[0] if len(holding) == 1 else sum(holding, Counter())


def _spans(anchors: list[Counter[str]], lengths: list[int]) -> dict[tuple[int, int], tuple[int, Counter[str]]]:
    """Length and anchors of every run of 0, 1 or 2 sentences, keyed by (start, count)."""
    spans = {}
    for start in range(len(lengths) + 1):
        spans[(start, 0)] = (0, Counter())
        if start < len(lengths):
            spans[(start, 1)] = (lengths[start], anchors[start])
        if start + 1 < len(lengths):
            spans[(start, 2)] = (lengths[start] + lengths[start + 1], _merged(anchors, (start, start + 1)))
    return spans


def _gale_church(source, target, src_anchors, tgt_anchors, model) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The beads (source sentences, target sentences) of a dynamic programme, within a band around the diagonal."""
    n, m = len(source.sentences), len(target.sentences)
    src = _spans(src_anchors, [len(s.text) for s in source.sentences])
    tgt = _spans(tgt_anchors, [len(s.text) for s in target.sentences])
    band = max(_BAND, abs(n - m) + _BAND)
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = i * m / n if n else 0
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            here = cost.get((i, j))
            if here is None:
                continue
            for (di, dj), prior in _PRIORS.items():
                if i + di > n or j + dj > m:
                    continue
                step = _bead_cost(src[(i, di)], tgt[(j, dj)], model, prior)
                key = (i + di, j + dj)
                if here + step < cost.get(key, float("inf")):
                    cost[key] = here + step
                    back[key] = (di, dj)
    beads = []
    i, j = n, m
    while i or j:
        di, dj = back[(i, j)]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return list(reversed(beads))


def _bead_cost(src: tuple[int, Counter[str]], tgt: tuple[int, Counter[str]], model: LengthModel, prior: float) -> float:
    cost = -math.log(prior) - math.log(max(model.probability(src[0], tgt[0]), 1e-12))
    a, b = src[1], tgt[1]
    if not a and not b:
        return cost
    shared = sum((a & b).values())
    unshared = sum(a.values()) + sum(b.values()) - 2 * shared
    return cost + _ANCHOR_WEIGHT * (unshared - shared)
