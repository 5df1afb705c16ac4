"""The confidence of a link: the probability that it is right.

A link between two texts (sentences, or whole units) is judged by what it
holds, read as evidence:

* ``length``: the Gale-Church probability of the two lengths, under the
  document's length model, as a log;
* ``anchors``: the share of numbers, symbols and footnote calls the two hold
  in common, and whether they hold any;
* ``words``: the share of each side's words, among those the lexicon of the
  two languages knows (``align/lexicon``), whose translation stands on the
  other side, and how many such words there are;
* ``copied``: the share of the translation copied from the original
  (``copies.py``), and whether it is the original, word for word;
* ``shape``: the bead (one sentence each side, or two on one), and, for a
  unit, the share of its sentences left without a counterpart and the
  probabilities of its sentence links.

The lexical coverage is also weighed against the document's usual one
(its median over the units paired by number), as the length model is
calibrated on the document's own pairs.

The probability is a logistic regression on these features, fitted on
labelled links of official translations -- right links, and wrong ones
made as real errors are made: the neighbouring paragraph, a paragraph of
another resolution, the original copied, half of the translation -- by
``bench/calibration.py``, which also reports its calibration error and its
AUROC on resolutions it was neither fitted nor its lexicon learnt on.  The
weights are in ``confidence.json``: one model for a pair of languages with a
lexicon, one without (a language untm has no lexicon for).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from collections import Counter

from .anchors import agreement
from .copies import copied_share
from .lexicon import Lexicon, lexicon

FEATURES = ("length", "length_short", "anchors", "no_anchors", "anchors_disjoint", "words_source", "words_target",
            "words_least", "known_words", "no_words", "words_source_weight", "words_target_weight", "copied", "same_text", "size", "one_to_one", "left_alone", "words_relative", "words_gap")
_UNIT = ("links_least", "links_mean")
_LEXICAL = {"words_source", "words_target", "words_least", "known_words", "no_words", "words_source_weight",
            "words_target_weight", "words_relative"}


@dataclass(frozen=True)
class Evidence:
    """What a link holds (see the module), before it is weighed."""

    length: float  # Gale-Church probability
    shared: float | None  # anchor agreement, None when neither side holds any
    words: tuple[float | None, float | None]  # lexical coverage, each way; None without a lexicon or words
    known: int  # words of the two sides the lexicon knows
    copied: float  # share of the translation copied
    same_text: bool  # the translation is the original, word for word
    characters: int  # of the original
    one_to_one: bool  # one sentence (or one unit) each side
    typical: float = 0.5  # the lexical coverage of the document's units as their numbers pair them (their median)
    left_alone: float = 0.0  # share of a unit's sentences without a counterpart
    links: tuple[float, ...] = ()  # the probabilities of a unit's sentence links

    def features(self) -> dict[str, float]:
        source, target = self.words
        lexical = source is not None or target is not None
        covered = [c for c in (source, target) if c is not None]
        short = 1.0 if self.characters < 40 else 0.0
        log_length = math.log(max(self.length, 1e-6))
        return {
            "length": log_length, "length_short": log_length * short,
            "anchors": self.shared or 0.0, "no_anchors": 1.0 if self.shared is None else 0.0,
            # anchors on both sides and not one in common: "(A/65/17)" against "(A/78/17)"
            "anchors_disjoint": 1.0 if self.shared == 0.0 else 0.0,
            "words_source": source if source is not None else 0.0,
            "words_target": target if target is not None else 0.0,
            "words_least": min(covered) if covered else 0.0,
            "known_words": math.log1p(self.known), "no_words": 0.0 if lexical else 1.0,
            # a share of many words says more than a share of two
            "words_source_weight": (source - 0.5) * math.log1p(self.known) if source is not None else 0.0,
            "words_target_weight": (target - 0.5) * math.log1p(self.known) if target is not None else 0.0,
            "copied": self.copied, "same_text": 1.0 if self.same_text else 0.0, "size": math.log1p(self.characters),
            "one_to_one": 1.0 if self.one_to_one else 0.0, "left_alone": self.left_alone,
            # against what is usual in the document: a text far from its language's words, or a law of
            # 1948 beside the resolutions the lexicon was learnt from, has fewer of them throughout
            "words_relative": min(covered) - self.typical if covered else 0.0,
            # one side's words mostly translated, the other's not: one side holds more (half, or two, of it)
            "words_gap": abs(source - target) if source is not None and target is not None else 0.0,
            "links_least": min(self.links, default=0.0),
            "links_mean": sum(self.links) / len(self.links) if self.links else 0.0,
        }


@dataclass(frozen=True)
class Model:
    """A fitted logistic regression: weights over standardised features."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]  # the intercept first

    def probability(self, evidence: Evidence) -> float:
        features = evidence.features()
        z = self.weights[0] + sum(w * (features[n] - m) / s
                                  for n, m, s, w in zip(self.names, self.mean, self.scale, self.weights[1:]))
        return 1 / (1 + math.exp(-z)) if z > -40 else 0.0

    def to_json(self) -> dict:
        return {"names": list(self.names), "mean": list(self.mean), "scale": list(self.scale),
                "weights": list(self.weights)}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        unknown = set(data["names"]) - set(FEATURES + _UNIT)
        if unknown:
            raise ValueError(f"confidence.json weighs {', '.join(sorted(unknown))}, which untm does not compute: "
                             "fit the weights again (python bench/calibration.py FOLDER --write)")
        return cls(tuple(data["names"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]))


_NEAR = 2  # units either side where a unit's translation is looked for, to learn a document's usual coverage


@dataclass(frozen=True)
class Judge:
    """What turns a link's evidence into a probability for one pair of languages."""

    lexicon: Lexicon | None
    link: Model
    unit: Model
    typical: float = 0.5  # see ``Evidence``

    def for_document(self, source: list[str], target: list[str]) -> Judge:
        """The judge of one document, knowing the lexical coverage usual in it: the median, over the source's
        units in order, of the best coverage among the target's units at about the same place (``_NEAR``
        either side).  Not the pairs by number: in a translation that lost a paragraph, most of those are
        wrong, and their coverage would make wrong pairs look usual."""
        if self.lexicon is None:
            return self
        found = []
        for i, text in enumerate(source):
            near = round(i * len(target) / len(source))
            shares = [min(covered) for other in target[max(0, near - _NEAR): near + _NEAR + 1]
                      if (covered := [c for c in self.words(text, other)[0] if c is not None])]
            if shares:
                found.append(max(shares))
        found.sort()
        return replace(self, typical=found[len(found) // 2]) if len(found) >= 5 else self

    def words(self, source_text: str, target_text: str) -> tuple[tuple[float | None, float | None], int]:
        """The lexical coverage each way and the number of known words (``(None, None), 0`` without a lexicon)."""
        if self.lexicon is None:
            return (None, None), 0
        forward, backward, known = self.lexicon.coverage(source_text, target_text)
        return (forward, backward), known

    def evidence(self, source: str, target: str, source_anchors: Counter[str], target_anchors: Counter[str],
                 length: float, one_to_one: bool = True, copies: bool = True) -> Evidence:
        """What two texts hold (``length``: their Gale-Church probability under the document's model);
        without ``copies``, the share copied is not looked for (which paragraph is which does not hang on it)."""
        words, known = self.words(source, target)
        return Evidence(
            length=length,
            shared=agreement(source_anchors, target_anchors),
            words=words,
            known=known,
            copied=copied_share(source, target) if copies else 0.0,
            same_text=copies and source.split() == target.split(),
            characters=len(source),
            one_to_one=one_to_one,
            typical=self.typical,
        )

    def probability(self, evidence: Evidence, unit: bool = False) -> float:
        """The probability that a link (or, with ``unit``, a pair of units) holding ``evidence`` is right."""
        return round((self.unit if unit else self.link).probability(evidence), 3)


def feature_names(lexical: bool, unit: bool) -> tuple[str, ...]:
    """The features of the model with a lexicon or without, for links or for units."""
    names = FEATURES + _UNIT if unit else FEATURES
    return names if lexical else tuple(n for n in names if n not in _LEXICAL)


@lru_cache(maxsize=None)
def _models() -> dict[str, Model]:
    data = json.loads(resources.files(__package__).joinpath("confidence.json").read_text(encoding="utf-8"))
    return {name: Model.from_json(model) for name, model in data.items()}


@lru_cache(maxsize=None)
def signature() -> str:
    """A digest of the weights and of every lexicon: what a confidence depends on besides the texts (a batch's
    resume cache keys on it, so that a refit is never mixed with results of the old fit)."""
    digest = hashlib.sha256(resources.files(__package__).joinpath("confidence.json").read_bytes())
    data = resources.files("align.lexicon").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        digest.update(entry.name.encode() + entry.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def judge(source: str, target: str) -> Judge:
    """The judge of a pair of languages: with their lexicon where untm has one."""
    found = lexicon(source, target)
    models = _models()
    if found is None:
        return Judge(None, models["link, no lexicon"], models["unit, no lexicon"])
    return Judge(found, models["link"], models["unit"])
