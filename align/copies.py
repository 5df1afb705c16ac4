"""Text of the original copied into a translation: how much of it there is.

A translation shares words with its original -- names, symbols, an English
title left in English -- but hardly ever a run of ``RUN`` words in a row.
A sentence left untranslated (copied from the original) shares them all.
So the share of a text's words that lie in runs of ``RUN`` or more words
found, in the same order, in the original is the share that was copied.
Titles of publications and names of courts are left in English on purpose
(“2024 Global Report on Food Crises”); a run whose longer words are mostly
capitalised is taken for one and not counted.

Words are runs of three letters or more, compared case-folded ("no",
"chap", "IV" and "A" of a citation are the same in many languages); web
and e-mail addresses and document symbols are left out first (they are
never translated, and cut into many "words").

Measured on every resolution of the General Assembly's 79th session (the
UN's Akoma Ntoso files, English against the five other languages, 96,185
pairs of units): no paragraph of an official translation, nor a sentence
of one, is taken for a copy; 18 footnotes are (citations kept as published).
See ``bench/copies.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

RUN = 6  # words in a row shared with the original
COPIED = 0.5  # a text with half of its words copied is left untranslated
WORDS = 8  # fewer words than this may be a name or a title, and are left alone
CONFIDENCE = 0.1  # of a link to a copy: in the right place, but no translation

_WORD = re.compile(r"[^\W\d_]{3,}")


def _kept(token: str) -> bool:
    """Not a web or e-mail address or a document symbol (A/C.6/64/SR.12): nothing with a slash or an at sign."""
    return "/" not in token and "@" not in token and not token.startswith("www.")


def words(text: str) -> list[str]:
    """The words of a text, as written, without its web and e-mail addresses and document symbols."""
    if "/" in text or "@" in text or "www." in text:
        text = " ".join(token for token in text.split() if _kept(token))
    return _WORD.findall(text)


def _titled(run: list[str]) -> bool:
    """Whether most of a run's words of four letters or more are capitalised: a title, a name."""
    long = [word for word in run if len(word) >= 4]
    return bool(long) and sum(word[0].isupper() for word in long) >= 0.5 * len(long)


# The aligner and the QA ask the same of the same pairs of units: asked once, answered twice.
@lru_cache(maxsize=4096)
def copied_share(original: str, text: str) -> float:
    """The share of ``text``'s words that lie in a run of ``RUN`` or more words of ``original``
    that is not a title or a name (most of its longer words capitalised)."""
    mine = words(text)
    if len(mine) < RUN:
        return 0.0
    folded = [word.casefold() for word in mine]
    vocabulary = _vocabulary(original)
    streak = 0
    for word in folded:  # cheap first: RUN words in a row that the original has at all
        streak = streak + 1 if word in vocabulary else 0
        if streak == RUN:
            break
    else:
        return 0.0
    runs = _runs(original)
    covered = [False] * len(mine)
    for i in range(len(mine) - RUN + 1):
        if tuple(folded[i:i + RUN]) in runs and not _titled(mine[i:i + RUN]):
            covered[i:i + RUN] = [True] * RUN
    return sum(covered) / len(mine)


@lru_cache(maxsize=4096)
def copied(original: str, text: str) -> bool:
    """Whether ``text`` is, for the most part, ``original`` left untranslated: or, however short, is it
    (two words or more: a symbol or a number alone is the same in every language; and not a name or a
    title, most of its longer words capitalised: a list of organisations stays as they call themselves)."""
    mine = words(text)
    if text == original:
        return len(mine) >= 2 and not _titled(mine)
    return len(mine) >= WORDS and copied_share(original, text) >= COPIED


@lru_cache(maxsize=1024)
def _folded(original: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in words(original))


@lru_cache(maxsize=1024)
def _vocabulary(original: str) -> frozenset[str]:
    return frozenset(_folded(original))


@lru_cache(maxsize=256)
def _runs(original: str) -> frozenset[tuple[str, ...]]:
    theirs = _folded(original)
    return frozenset(theirs[i:i + RUN] for i in range(len(theirs) - RUN + 1))
