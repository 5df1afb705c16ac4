"""How far the aligner's confidence is from the probability that a link is right.

    python bench/calibration.py ../shared/corpus/unxml/79session [--limit N] [--json OUT]

Labelled links from real official translations (the UN's Akoma Ntoso files
of the General Assembly's 79th session, English against each other
language: source, United Nations).  Every paired unit of an aligned
resolution gives one right link (the unit and its official translation)
and one wrong link, made as real errors are made, in turn:

* ``shifted``: the unit against the translation of the next unit of its kind;
* ``other``: against a unit of the same kind from another resolution;
* ``copied``: against the original itself, left untranslated;
* ``half``: against the first half of its translation's sentences (two or more).

Each is scored as the aligner scores a pair of units (``_align_pair``, with
the document's own length model), and two numbers are reported for the
confidence the TMX shows (the lowest of the unit's sentence links) and for
the unit's: the expected calibration error (ten equal bins; 0 means that of
the links given 0.8, eight in ten are right) and the AUROC (the chance that
a right link scores above a wrong one; 1 separates them perfectly).  Right
and wrong links are as many, so a confidence that says nothing has an
AUROC of 0.5.

Last, what a confidence fitted on labelled links could give: a logistic
regression on the features ``_score`` lists, fitted on the odd-numbered
resolutions of each language and judged on the even-numbered ones.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.aligner import _align_pair, _length_model  # noqa: E402
from align.anchors import agreement, text_anchors  # noqa: E402
from align.copies import copied_share  # noqa: E402
from session import aligned  # noqa: E402

KINDS = ("shifted", "other", "copied", "half")


def ece(scored: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error: the gap between confidence and the share right, bin by bin, weighted."""
    groups: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for confidence, right in scored:
        groups[min(int(confidence * bins), bins - 1)].append((confidence, right))
    return sum(abs(sum(c for c, _ in g) / len(g) - sum(r for _, r in g) / len(g)) * len(g)
               for g in groups.values()) / len(scored)


def auroc(scored: list[tuple[float, bool]]) -> float:
    """The chance that a right link scores above a wrong one (ties count half): Mann-Whitney."""
    ranked = sorted(scored, key=lambda item: item[0])
    ranks: list[float] = [0.0] * len(ranked)
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    right = sum(r for _, r in ranked)
    wrong = len(ranked) - right
    rank_sum = sum(rank for rank, (_, r) in zip(ranks, ranked) if r)
    return (rank_sum - right * (right + 1) / 2) / (right * wrong)


def _half(unit):
    """A translation cut to its first half of sentences, or ``None`` if it has only one."""
    if len(unit.sentences) < 2:
        return None
    kept = unit.sentences[: len(unit.sentences) // 2]
    return replace(unit, unit=replace(unit.unit, text=unit.unit.text[: kept[-1].end], calls=()), sentences=kept)


def _score(uid, source, target, model, lang) -> tuple[float, float, list[float]]:
    """The link's and the unit's confidence, and the features a fitted confidence could use."""
    pair = _align_pair(uid, source, target, model, "en", lang)
    link = min(link.confidence for link in pair.links)
    src, tgt = len(source.unit.text), len(target.unit.text)
    shared = agreement(text_anchors(source.unit.text, "en"), text_anchors(target.unit.text, lang))
    features = [link, pair.confidence, model.probability(src, tgt),
                math.log((tgt + 1) / (model.ratio * src + 1)) ** 2, -1.0 if shared is None else shared,
                1.0 if shared is None else 0.0, copied_share(source.unit.text, target.unit.text),
                math.log(src + 1), float(len(pair.links)), float(len(source.sentences) != len(target.sentences))]
    return link, pair.confidence, features


def fitted(train: list[tuple[list[float], bool]], test: list[tuple[list[float], bool]]) -> list[tuple[float, bool]]:
    """A logistic regression fitted on ``train`` (Newton's method), its probabilities on ``test``:
    what a confidence fitted on labelled links would give, on links it was not fitted on."""
    import numpy as np

    x = np.array([[1.0, *f] for f, _ in train])
    y = np.array([float(r) for _, r in train])
    mean, spread = x.mean(axis=0), x.std(axis=0)
    mean[0], spread[0] = 0.0, 1.0
    spread[spread == 0] = 1.0
    x = (x - mean) / spread
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + 1e-3 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + 1e-3 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    z = (np.array([[1.0, *f] for f, _ in test]) - mean) / spread
    return list(zip((1 / (1 + np.exp(-z @ w))).tolist(), (r for _, r in test)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=40, help="resolutions per language (default 40)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rng = random.Random(79)
    links: dict[str, list[tuple[float, bool]]] = defaultdict(list)  # what is scored -> (score, right)
    by_kind: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    pool: dict[str, list] = defaultdict(list)  # unit kind -> target units of earlier resolutions
    train: list[tuple[list[float], bool]] = []  # odd-numbered resolutions of each language
    test: list[tuple[list[float], bool]] = []  # even-numbered: held back
    for lang, number, _, alignment in aligned(args.folder, args.limit):
        model = _length_model(alignment.source, alignment.target)
        pairs = [p for p in alignment.pairs if p.paired]
        for index, pair in enumerate(pairs):
            source, target = pair.source, pair.target
            kind = KINDS[(number + index) % len(KINDS)]
            later = [p for p in pairs[index + 1:] if p.target.unit.kind is target.unit.kind]
            others = [t for t in pool[f"{lang}:{target.unit.kind.value}"] if t is not None]
            wrong = {"shifted": later[0].target if later else None,
                     "other": rng.choice(others) if others else None,
                     "copied": replace(source, unit=replace(source.unit, calls=())),
                     "half": _half(target)}[kind]
            if wrong is None:
                continue
            for label, candidate in ((True, target), (False, wrong)):
                link, unit, features = _score(pair.unit_id, source, candidate, model, lang)
                links["today's confidence of the link"].append((link, label))
                links["today's confidence of the unit"].append((unit, label))
                (train if number % 2 else test).append((features, label))
                by_kind[kind if not label else "right"].append((link, label))
        for pair in pairs:
            pool[f"{lang}:{pair.target.unit.kind.value}"].append(pair.target)
    links["a logistic fit, on held-back resolutions"] = fitted(train, test)
    result = {name: {"links": len(scored), "ece": round(ece(scored), 4), "auroc": round(auroc(scored), 4)}
              for name, scored in links.items()}
    print(f"{len(train) + len(test)} labelled links, half right, half wrong ({', '.join(KINDS)})")
    for name, figures in result.items():
        print(f"{name + ':':<45} ECE {figures['ece']:.3f}, AUROC {figures['auroc']:.3f}")
    for kind, scored in by_kind.items():
        mean = sum(c for c, _ in scored) / len(scored)
        print(f"  {kind:<8} {len(scored):>6} links, mean link confidence {mean:.3f}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
