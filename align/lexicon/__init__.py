"""Words that translate each other, learnt from the UN's own translations.

Numbers, symbols and footnote calls tell a paragraph from its neighbour
when it holds any; most hold none ("Encourages Member States to
strengthen…" beside "Invites the Secretary-General to report…").  What
tells them apart then is what they say: a translation holds, for most of
the original's words, a word that translates it.

A lexicon is a list of pairs of words that stand together in paragraphs
of official translations far more often than chance (their Dice
coefficient), learnt by ``python -m align.lexicon.build`` from the UN's
Akoma Ntoso files of the General Assembly's 79th session (source: United
Nations), one file for each pair of the six languages in ``data/``.

Words are cut as each language's profile says (``languages.py``): the
first ``stem`` letters of a word of three letters or more, case-folded,
after an Arabic article or conjunction written onto it is taken off; pairs
of characters for Chinese.  A word too common to tell paragraphs apart
("the", "General Assembly") is not in the lexicon.

The evidence is ``coverage``: the share of a text's words with an entry in
the lexicon whose translation stands in the other text, each way.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from ..languages import LANGUAGES, base_language, profile

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_HAN = regex.compile(r"\p{Han}+")


def tokens(text: str, language: str) -> frozenset[str]:
    """The lexicon's words in a text, each once (a ``Lexicon`` keeps those of the texts it has read)."""
    rules = profile(language)
    found: set[str] = set()
    text = text.casefold()
    if rules.character_pairs:
        for run in _HAN.findall(text):
            found.update(run[i:i + 2] for i in range(max(len(run) - 1, 1)))
        text = _HAN.sub(" ", text)
    for word in _WORD.findall(text):
        for clitic in rules.clitics:
            if word.startswith(clitic) and len(word) - len(clitic) >= 3:
                word = word[len(clitic):]
                break
        if len(word) >= 3:
            found.add(word[: rules.stem])
    return frozenset(found)


@dataclass(frozen=True)
class Lexicon:
    """Which words of ``target`` translate each word of ``source``, and back."""

    source: str
    target: str
    forward: dict[str, frozenset[str]]
    backward: dict[str, frozenset[str]]
    # per text: its words the lexicon knows, and every word of the other language that translates one
    _seen: dict = field(default_factory=dict, repr=False, compare=False)

    def coverage(self, source_text: str, target_text: str) -> tuple[float | None, float | None, int]:
        """The share of the source's words in the lexicon that have a translation in the target, and of
        the target's in the source (``None`` for a side with no word in the lexicon), and how many words
        of the two the lexicon knows."""
        src_known, src_reach = self._read(source_text, True)
        tgt_known, tgt_reach = self._read(target_text, False)
        # a source word is covered when one of its translations stands in the target: when it is among the
        # words the target's words translate (the table is the same pairs read either way)
        forward = len(src_known & tgt_reach) / len(src_known) if src_known else None
        backward = len(tgt_known & src_reach) / len(tgt_known) if tgt_known else None
        return forward, backward, len(src_known) + len(tgt_known)

    def join(self, parts: tuple[str, ...], source: bool = True) -> str:
        """The texts joined by a space, the words of each already read: the joined text's words are theirs
        (a word never runs across the space, nor a pair of Chinese characters), so they are not read again."""
        text = " ".join(parts)
        key = (source, text)
        if key not in self._seen:
            read = [self._read(part, source) for part in parts]
            self._seen[key] = (frozenset().union(*(known for known, _ in read)),
                               frozenset().union(*(reach for _, reach in read)))
        return text

    def known(self, text: str, source: bool = True) -> int:
        """How many of a text's words the lexicon knows (in the source language, or the target's)."""
        return len(self._read(text, source)[0])

    def _read(self, text: str, source: bool) -> tuple[frozenset[str], frozenset[str]]:
        key = (source, text)
        found = self._seen.get(key)
        if found is None:
            table = self.forward if source else self.backward
            known = frozenset(w for w in tokens(text, self.source if source else self.target) if w in table)
            found = known, frozenset().union(*(table[w] for w in known))
            if len(self._seen) > 4_000:  # a bound on memory over a long batch (one per pair of languages)
                self._seen.clear()
            self._seen[key] = found
        return found


def file_name(first: str, second: str) -> str:
    """The data file of a pair of languages, the same either way round: ``en-fr.tsv.gz``."""
    a, b = sorted((first, second))
    return f"{a}-{b}.tsv.gz"


def from_pairs(source: str, target: str, pairs) -> Lexicon:
    """A lexicon from (source word, target word) pairs."""
    forward: dict[str, set[str]] = {}
    backward: dict[str, set[str]] = {}
    for a, b in pairs:
        forward.setdefault(a, set()).add(b)
        backward.setdefault(b, set()).add(a)
    return Lexicon(source, target, {k: frozenset(v) for k, v in forward.items()},
                   {k: frozenset(v) for k, v in backward.items()})


@lru_cache(maxsize=None)
def lexicon(source: str, target: str) -> Lexicon | None:
    """The lexicon of a pair of languages, ``None`` for a pair untm has none for (German, say)."""
    source, target = base_language(source), base_language(target)
    if source not in LANGUAGES or target not in LANGUAGES or source == target:
        return None
    data = resources.files(__package__).joinpath("data", file_name(source, target))
    if not data.is_file():
        return None
    first = sorted((source, target))[0]
    rows = (line.split("\t")[:2] for line in gzip.decompress(data.read_bytes()).decode("utf-8").splitlines())
    return from_pairs(source, target, ((a, b) if first == source else (b, a) for a, b in rows))
