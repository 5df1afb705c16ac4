"""Learn the lexicons of ``data/`` from a folder of official translations.

    python -m align.lexicon.build ../shared/corpus/unxml/79session [--out DIR]

The folder is laid out as the UNxml repositories are (``English/``,
``French/``… holding the UN's Akoma Ntoso files; source: United Nations).
For each pair of the six languages, the paragraphs (units) of each
resolution are paired by their ids -- of half of the resolutions, those
``learning`` picks: the other half is kept for judging the confidence
(``bench/calibration.py``) --, and a pair of words is kept where

* each word stands in at least ``MIN_COUNT`` paragraphs, and in at most
  ``MAX_SHARE`` of them (a word in every paragraph tells none apart);
* their Dice coefficient, 2 * together / (first + second), is at least
  ``MIN_DICE``;
* and the one is among the ``TOP`` best partners of the other, either way.

Needs numpy (``pip install numpy``); untm itself reads the files without it.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import zlib
from collections.abc import Iterable
from pathlib import Path

from . import file_name, tokens

MIN_COUNT = 3
MAX_SHARE = 0.1
MIN_DICE = 0.2
TOP = 3


def learning(stem: str) -> bool:
    """Whether a resolution (``A_RES_79_236``) is one the lexicon is learnt from: half of them, by a hash
    of the name that does not change from one run, or one machine, to the next."""
    return zlib.crc32(stem.encode("utf-8")) % 4 < 2


def learn(pairs: Iterable[tuple[str, str]], source: str, target: str) -> list[tuple[str, str, float]]:
    """(source word, target word, Dice) of the words that translate each other in ``pairs`` of texts."""
    import numpy as np

    src_docs, tgt_docs = [], []
    for a, b in pairs:
        src_docs.append(tokens(a, source))
        tgt_docs.append(tokens(b, target))
    n = len(src_docs)
    src_vocab, src_df = _vocabulary(src_docs, n)
    tgt_vocab, tgt_df = _vocabulary(tgt_docs, n)
    codes = []
    width = len(tgt_vocab)
    for a, b in zip(src_docs, tgt_docs):
        i = np.fromiter((src_vocab[w] for w in a if w in src_vocab), dtype=np.int64)
        j = np.fromiter((tgt_vocab[w] for w in b if w in tgt_vocab), dtype=np.int64)
        if len(i) and len(j):
            codes.append((i[:, None] * width + j[None, :]).ravel())
    if not codes:
        return []
    keys, together = np.unique(np.concatenate(codes), return_counts=True)
    i, j = keys // width, keys % width
    dice = 2 * together / (src_df[i] + tgt_df[j])
    good = (dice >= MIN_DICE) & (together >= MIN_COUNT)
    i, j, dice = i[good], j[good], dice[good]
    kept = _top(i, dice) | _top(j, dice)
    src_words, tgt_words = _words(src_vocab), _words(tgt_vocab)
    return sorted((src_words[i[k]], tgt_words[j[k]], round(float(dice[k]), 3)) for k in np.flatnonzero(kept))


def _vocabulary(documents: list[frozenset[str]], n: int):
    import numpy as np

    counts: dict[str, int] = {}
    for words in documents:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    kept = sorted(w for w, c in counts.items() if MIN_COUNT <= c <= MAX_SHARE * n)
    return {w: k for k, w in enumerate(kept)}, np.array([counts[w] for w in kept], dtype=np.float64)


def _words(vocabulary: dict[str, int]) -> list[str]:
    return sorted(vocabulary, key=vocabulary.__getitem__)


def _top(group, score):
    """Whether each entry is among the ``TOP`` best of its group."""
    import numpy as np

    order = np.lexsort((-score, group))
    rank = np.empty(len(order), dtype=np.int64)
    sorted_group = group[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_group)) + 1]
    position = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    rank[order] = position
    return rank < TOP


def unit_pairs(folder: Path, source: str, target: str, keep=learning) -> Iterable[tuple[str, str]]:
    """The texts of the units of the two languages' versions of each resolution, paired by id."""
    from ..batch import plan
    from ..errors import UntmError
    from ..reading import read_document

    for task in plan(folder, source, target).tasks():
        if not keep(task.stem):
            continue
        try:
            first, second = read_document(task.source), read_document(task.target)
        except UntmError:
            continue
        texts = {unit.id: unit.text for unit in second.units}
        yield from ((unit.text, texts[unit.id]) for unit in first.units if unit.id in texts)


def write(rows: list[tuple[str, str, float]], path: Path) -> None:
    body = "".join(f"{a}\t{b}\t{d}\n" for a, b, d in rows).encode("utf-8")
    path.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))


def main() -> int:
    from ..languages import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    args = parser.parse_args()
    for first, second in itertools.combinations(sorted(LANGUAGES), 2):
        rows = learn(unit_pairs(args.folder, first, second), first, second)
        write(rows, args.out / file_name(first, second))
        print(f"{first}-{second}: {len(rows)} pairs of words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
