"""How far the aligner's confidence is from the probability that a link is right; and its fit.

    python bench/calibration.py ../shared/corpus/unxml/79session [--limit N] [--json OUT] [--write]

Labelled links from real official translations (the UN's Akoma Ntoso files
of the General Assembly's 79th session, English against each other
language: source, United Nations).  Every paired unit of an aligned
resolution gives one right link (the unit and its official translation)
and one wrong link, made as real errors are made, in turn:

* ``shifted``: the unit against the translation of the next unit of its kind;
* ``other``: against a unit of the same kind from another resolution;
* ``copied``: against the original itself, left untranslated (not where the
  original is a symbol, a name or a citation that stays as it is);
* ``half``: against the first half of its translation's sentences (two or more);
* ``merged``: against its translation and the next unit's, run together;
* ``cut``: against the first half of its translation's words, as a paragraph
  cut in two is (one sentence cut mid-way).

Each is aligned as the aligner aligns a pair of units (``_align_pair``, with
the document's own length model), and what its sentence links and the unit
hold is recorded (``confidence.Evidence``).  The resolutions are split in
four by a hash of their names: two quarters are those the lexicon is learnt
from (``align.lexicon.build.learning``) and are not used here; the model of
``align/confidence.py`` is fitted on the third and judged on the fourth,
which neither it nor the lexicon has seen.  ``--write`` writes the fitted
weights to ``align/confidence.json``.

Two numbers for each: the expected calibration error (ten equal bins; 0
means that of the links given 0.8, eight in ten are right) and the AUROC
(the chance that a right link scores above a wrong one; 1 separates them
perfectly).  A sentence link is right if it is one of
the right unit's (a half or merged translation keeps some), else wrong.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.aligner import _align_pair, _length_model, document_judge  # noqa: E402
from align.confidence import Evidence, Judge, Model, feature_names  # noqa: E402
from align.copies import copied  # noqa: E402
from align.lexicon.build import learning  # noqa: E402
from session import aligned  # noqa: E402

KINDS = ("shifted", "other", "copied", "half", "merged", "cut")


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


@dataclass(frozen=True)
class Recorder(Judge):
    """A judge that keeps the evidence it is shown, and the probabilities of the model in use."""

    seen: list = field(default_factory=list)

    def probability(self, evidence: Evidence, unit: bool = False) -> float:
        given = super().probability(evidence, unit)
        self.seen.append((evidence, unit, given))
        return given


def _half(unit):
    """A translation cut to its first half of sentences, or ``None`` if it has only one."""
    if len(unit.sentences) < 2:
        return None
    kept = unit.sentences[: len(unit.sentences) // 2]
    return replace(unit, unit=replace(unit.unit, text=unit.unit.text[: kept[-1].end], calls=()), sentences=kept)


def _cut(unit):
    """A translation cut at the word nearest its middle, what is left one sentence; ``None`` if too short."""
    text = unit.unit.text
    middle = text.find(" ", len(text) // 2)
    if middle < 20:
        return None
    kept = text[:middle]
    sentence = replace(unit.sentences[0], text=kept, start=0, end=len(kept))
    return replace(unit, unit=replace(unit.unit, text=kept, calls=()), sentences=(sentence,))


def _merged(unit, other):
    """A translation with the next unit's run on after it."""
    if other is None:
        return None
    shift = len(unit.unit.text) + 1
    sentences = unit.sentences + tuple(replace(s, start=s.start + shift, end=s.end + shift) for s in other.sentences)
    calls = unit.unit.calls + tuple(replace(c, offset=c.offset + shift) for c in other.unit.calls)
    return replace(unit, unit=replace(unit.unit, text=f"{unit.unit.text} {other.unit.text}", calls=calls),
                   sentences=sentences)


def before(evidence: Evidence, unit: bool, single: bool) -> float:
    """The confidence untm gave before it was fitted, from the same evidence: the length probability,
    averaged with the anchors' agreement where there were any, raised to 0.5 + half of it for a link forced
    by id (one sentence each side), and for a unit of several links its length alone, raised the same way."""
    if unit and not single:
        return 0.5 + 0.5 * evidence.length
    found = evidence.length if evidence.shared is None else 0.5 * evidence.length + 0.5 * evidence.shared
    found = found if evidence.one_to_one else 0.9 * found
    return min(0.5 + 0.5 * found if single else found, 0.1 if evidence.copied >= 0.5 else 1.0)


def fit(rows: list[tuple[Evidence, bool]], names: tuple[str, ...]) -> Model:
    """A logistic regression on the named features (Newton's method, a little ridge)."""
    import numpy as np

    x = np.array([[e.features()[n] for n in names] for e, _ in rows])
    y = np.array([float(r) for _, r in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + 1e-2 * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + 1e-2 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    return Model(names, tuple(mean.round(6).tolist()), tuple(scale.round(6).tolist()), tuple(w.round(6).tolist()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="resolutions per language (default: all)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--write", action="store_true", help="write the fitted weights to align/confidence.json")
    args = parser.parse_args()
    rng = random.Random(79)
    # (fit or test, links or units) -> [(evidence, right, today's confidence)]
    rows: dict[tuple[str, str], list[tuple[Evidence, bool, float]]] = defaultdict(list)
    kinds: dict[tuple[str, str], list[str]] = defaultdict(list)  # the kind of each row: right, shifted...
    old: dict[tuple[str, str], list[float]] = defaultdict(list)  # the confidence before it was fitted
    parts: dict[str, list[list[Evidence]]] = defaultdict(list)  # the evidence of each unit row's sentence links
    pool: dict[str, list] = defaultdict(list)  # unit kind -> target units of earlier resolutions
    for lang, number, stem, alignment in aligned(args.folder, args.limit):
        if learning(stem):
            continue
        part = "fit" if zlib.crc32(stem.encode("utf-8")) % 4 == 2 else "test"
        model = _length_model(alignment.source, alignment.target)
        used = document_judge(alignment.source, alignment.target)
        pairs = [p for p in alignment.pairs if p.paired]
        for index, pair in enumerate(pairs):
            source, target = pair.source, pair.target
            kind = KINDS[(number + index) % len(KINDS)]
            later = [p for p in pairs[index + 1:] if p.target.unit.kind is target.unit.kind]
            others = pool[f"{lang}:{target.unit.kind.value}"]
            wrong = {"shifted": later[0].target if later else None,
                     "other": rng.choice(others) if others else None,
                     # left as it is, a symbol, a name or a citation is its own translation: no wrong link
                     "copied": replace(source, unit=replace(source.unit, calls=()))
                     if copied(source.unit.text, source.unit.text) else None,
                     "half": _half(target),
                     "merged": _merged(target, later[0].target if later else None),
                     "cut": _cut(target)}[kind]
            if wrong is None:
                continue
            truth: set = set()  # the sentence links of the right unit: those of a damaged one may be right
            for right, candidate in ((True, target), (False, wrong)):
                recorder = Recorder(used.lexicon, used.link, used.unit, used.typical)
                scored = _align_pair(pair.unit_id, source, candidate, model, "en", lang, recorder)
                evidence = iter(e for e, unit, _ in recorder.seen if not unit)
                links = [(next(evidence), link) for link in scored.links if link.source and link.target]
                units = [e for e, unit, _ in recorder.seen if unit]
                if right:
                    truth = {(link.source, link.target) for link in scored.links}
                single = len(source.sentences) == len(candidate.sentences) == 1
                rows[(part, "units")].append((units[0], right, scored.confidence))
                parts[part].append([e for e, _ in links])
                old[(part, "units")].append(before(units[0], True, single))
                kinds[(part, "units")].append("right" if right else kind)
                for e, link in links:
                    good = right or (kind in ("half", "merged") and (link.source, link.target) in truth)
                    good = good and not (kind == "cut" and not right)  # no link of a cut translation is whole
                    rows[(part, "links")].append((e, good, link.confidence))
                    old[(part, "links")].append(before(e, False, single))
                    kinds[(part, "links")].append("right" if good else kind)
        for pair in pairs:
            pool[f"{lang}:{pair.target.unit.kind.value}"].append(pair.target)
    models, result = {}, {}
    for level in ("links", "units"):
        for lexical in (True, False):
            name = level[:-1] + ("" if lexical else ", no lexicon")
            given = {part: [(e, r) for e, r, _ in rows[(part, level)]] for part in ("fit", "test")}
            if level == "units":  # what the sentence links say of the unit, as the link model just fitted says it
                link = models["link" + name[4:]]
                given = {part: [(replace(e, links=tuple(link.probability(x) for x in evidence)), r)
                                for (e, r), evidence in zip(given[part], parts[part])] for part in given}
            models[name] = fit(given["fit"], feature_names(lexical, level == "units"))
            scored = [(models[name].probability(e), r) for e, r in given["test"]]
            result[f"{name}: fitted"] = scored
            if lexical:
                for kind in KINDS:
                    against = [(p, r) for (p, r), k in zip(scored, kinds[("test", level)]) if k in ("right", kind)]
                    if any(not r for _, r in against):
                        print(f"  {name}, right against {kind}: AUROC {auroc(against):.4f}, "
                              f"mean {sum(p for p, r in against if not r) / sum(1 for _, r in against if not r):.3f}")
        result[f"{level[:-1]}: before, unfitted"] = [(c, r) for c, (_, r, _) in zip(old[("test", level)],
                                                                                    rows[("test", level)])]
        result[f"{level[:-1]}: the shipped model"] = [(c, r) for _, r, c in rows[("test", level)]]
    figures = {name: {"links": len(s), "ece": round(ece(s), 4), "auroc": round(auroc(s), 4)} for name, s in result.items()}
    print(f"fitted on {len(rows[('fit', 'units')])} units, judged on {len(rows[('test', 'units')])} units "
          f"and {len(rows[('test', 'links')])} sentence links, half right, half wrong ({', '.join(KINDS)})")
    for name, f in figures.items():
        print(f"{name + ':':<32} {f['links']:>6}  ECE {f['ece']:.3f}, AUROC {f['auroc']:.4f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    if args.write:
        target = Path(__file__).resolve().parents[1] / "align" / "confidence.json"
        target.write_text(json.dumps({n: m.to_json() for n, m in models.items()}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
