"""Finding every occurrence of every glossary term in a segment, in one pass.

Text and terms are folded the same way -- case, diacritics, apostrophes
(’ ' ʼ), hyphens and dashes, no-break and other spaces -- and all the terms
of a language go into one Aho-Corasick automaton (pyahocorasick), so a
segment is read once whatever the size of the glossary.  Each term also
stands in its singular and plural forms.  A match must start and end on a
word boundary; an apostrophe is one, so that ``l’examen`` holds ``examen``.

The rules a terminologist should know:

* every occurrence of every term counts, also inside a longer term
  (``coopération Sud-Sud`` in ``Fonds d’affectation spéciale pour la
  coopération Sud-Sud``); only a shorter variant of the *same* entry inside
  a longer one (``Millennium Declaration`` in ``United Nations Millennium
  Declaration``) counts once;
* coordination ellipsis counts: ``South-South and triangular cooperation``
  is an occurrence of ``South-South cooperation`` and of ``triangular
  cooperation``, as ``coopération Sud-Sud et triangulaire`` is of both
  French terms, and ``coopération économique et technique entre pays en
  développement`` of ``coopération technique entre pays en développement``:
  each coordinated word in turn stands alone, and a term found so counts;
* capitals a term writes after its first word must be capitals in the text:
  ``États Membres`` (of the United Nations) is not ``États membres`` (of a
  group); other letters match in either case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import regex

from .model import Glossary, Term

_APOSTROPHES = "’‘ʼ′`´"
_DASHES = "‐‑‒–—―−"
_STOP = frozenset(
    "de des du la le les l d en et pour sur entre aux au à a of the for on among and in with to by".split()
)


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _FoldTable(dict):
    """``str.translate``'s table, filled in as characters are first met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


# The Latin-1 characters that fold to one Latin-1 character (all but "ß", "½", "µ"...), as bytes.translate's table:
# text of those alone (once its apostrophes, dashes and spaces are made Latin-1) folds in C, byte for byte.
_BYTE_FOLDS = [_fold_char(chr(code)) for code in range(256)]
_LATIN_TABLE = bytes(ord(f) if len(f) == 1 and ord(f) < 256 else code for code, f in enumerate(_BYTE_FOLDS))
_LATIN_OTHERS = re.compile("[" + "".join(re.escape(chr(code)) for code, f in enumerate(_BYTE_FOLDS)
                                         if len(f) != 1 or ord(f) >= 256) + "]")
_TO_LATIN = tuple((char, _fold_char(char)) for char in _APOSTROPHES + _DASHES + "\u2028\u2029\u2000\u2001\u2002\u2003"
                  "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u1680" if char not in "`´")


def _folded_quickly(text: str) -> str | None:
    """What ``text.translate(_TABLE)`` gives, for text whose characters are Latin-1 once the usual apostrophes,
    dashes and spaces are folded (a UN text in English, French or Spanish); ``None`` for other text."""
    for char, folded in _TO_LATIN:
        if char in text:
            text = text.replace(char, folded)
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    if _LATIN_OTHERS.search(text):
        return None
    return data.translate(_LATIN_TABLE).decode("latin-1")


def fold(text: str) -> tuple[str, "list[int] | range"]:
    """The folded text and, for each of its characters, the index of its source character.

    Most text folds character for character and needs no space collapsed:
    then ``str.translate`` (or, for Latin-1 text, ``bytes.translate``) does the work and the map is the identity.
    """
    folded = _folded_quickly(text)
    if folded is None:
        folded = text.translate(_TABLE)
    if len(folded) == len(text) and "  " not in folded and not folded.startswith(" "):
        return folded, range(len(text))
    chars: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        for piece in _TABLE[ord(char)]:
            if piece == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(piece)
            index.append(position)
    return "".join(chars), index


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.endswith(("s", "x")) and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("al") and len(word) > 3:
        return word + "s"
    return word + "s"


def inflections(folded_term: str) -> set[str]:
    """The term, and its content words all singular, all plural, or the last one changed."""
    words = folded_term.split(" ")
    content = [i for i, w in enumerate(words) if w not in _STOP and len(w) > 2 and w[0].isalpha()]
    forms = {folded_term}
    for change in (_singular, _plural):
        forms.add(" ".join(change(w) if i in content else w for i, w in enumerate(words)))
        if content:
            last = content[-1]
            forms.add(" ".join(change(w) if i == last else w for i, w in enumerate(words)))
    return forms


@dataclass(frozen=True)
class Occurrence:
    entry: int  # index in the glossary
    term: Term
    start: int  # in the original text
    end: int
    text: str  # as written in the segment
    elliptical: bool = False


# Single words coordinated: "South-South and triangular", "économique et technique".
_CONJUNCTIONS = ("and", "or", "et", "ou")
_EITHER = "|".join(_CONJUNCTIONS)
_COORDINATION = re.compile(rf"(?<![\w'-])[\w'-]+(?:, [\w'-]+)*,? (?:{_EITHER}) [\w'-]+(?![\w'-])")
_CONJUNCT = re.compile(r"[\w'-]+")
_PIECE = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)
_WORD_SPLIT = re.compile(r"[\s\-‐‑‒–—―−]+")
_CONJUNCTION_HIT = re.compile(rf" (?:{_EITHER}) ")


def coordinations(folded: str) -> list[re.Match]:
    """What ``_COORDINATION.finditer(folded)`` finds, without running the pattern over all the text.

    A coordination holds only word characters, commas and spaces, and its
    spaces follow a comma or stand beside its conjunction; any other space,
    or any other character, cannot be inside one.  Cut there, the text falls
    into stretches where the pattern finds what it finds in the whole text;
    only the stretches that hold a conjunction are searched.
    """
    found: list[re.Match] = []
    end = 0
    for hit in _CONJUNCTION_HIT.finditer(folded):
        if hit.start() < end:
            continue  # inside the stretch just searched
        start, end = _stretch_start(folded, hit.start()), _stretch_end(folded, hit.end())
        found.extend(_COORDINATION.finditer(folded, start, end))
    return found


# Where no coordination can reach across: a character it never holds (all that
# str.isalnum takes are kept, whatever the Unicode version of either regex module), or a
# space that neither follows a comma nor stands beside a conjunction.
_CUT = r"[^\w\p{L}\p{N}'\-, ]|(?<!,)" + "".join(f"(?<! {c})" for c in _CONJUNCTIONS) + rf" (?!(?:{_EITHER}) )"
_NEXT_CUT = regex.compile(_CUT)
_PREVIOUS_CUT = regex.compile("(?r)" + _CUT)


def _stretch_start(text: str, position: int) -> int:
    cut = _PREVIOUS_CUT.search(text, 0, position)
    return cut.end() if cut else 0


def _stretch_end(text: str, position: int) -> int:
    cut = _NEXT_CUT.search(text, position)
    return cut.start() if cut else len(text)


def _capitals(term: str) -> frozenset[int]:
    """Words (after the first) that the term writes with a capital: they must be capitals in the text."""
    words = _WORD_SPLIT.split(term)
    return frozenset(i for i, w in enumerate(words) if i > 0 and w[:1].isupper())


class TermMatcher:
    """One automaton over the source or the target terms of a glossary."""

    def __init__(self, glossary: Glossary, side: str):
        self.automaton = ahocorasick.Automaton()
        self.glossary_ids = [entry.id for entry in glossary.entries]
        self.keys: dict[str, list[tuple[int, Term, frozenset[int]]]] = {}
        for number, entry in enumerate(glossary.entries):
            for term in entry.source if side == "source" else entry.target:
                capitals = _capitals(term.text)
                for form in inflections(fold(term.text)[0]):
                    self.keys.setdefault(form, []).append((number, term, capitals))
        for key in self.keys:
            self.automaton.add_word(key, key)
        self.longest = max(map(len, self.keys), default=0)
        self.key_words = frozenset(word for key in self.keys for word in key.split(" "))
        # Keys by the letter-and-digit runs they hold: a key found through a
        # coordination holds a run of the conjunct, so only those are looked for.
        self.by_piece: dict[str, list[str]] = {}
        for key in self.keys:
            for piece in set(_PIECE.findall(key)):
                self.by_piece.setdefault(piece, []).append(key)
        if self.keys:
            self.automaton.make_automaton()

    def find(self, text: str) -> list[Occurrence]:
        """Every occurrence in ``text``, elliptical ones included."""
        if not self.keys:
            return []
        folded, index = fold(text)
        found = []
        for start, end, key in self._matches(folded):
            for entry, term, capitals in self.keys[key]:
                if _has_capitals(text[index[start]:index[end - 1] + 1], capitals):
                    found.append((entry, term, start, end, False))
        found += self._ellipses(folded)
        return _dedupe([
            Occurrence(entry, term, index[s], index[e - 1] + 1, text[index[s]:index[e - 1] + 1], ell)
            for entry, term, s, e, ell in found
        ])

    def _matches(self, folded: str):
        for end, key in self.automaton.iter(folded):
            start = end - len(key) + 1
            if _boundary(folded, start, end + 1):
                yield start, end + 1, key

    def _holding(self, text: str, word: str) -> list[tuple[int, int, str]]:
        """What ``_matches`` finds in ``text``, narrowed to the keys that share a run with ``word``.

        A match overlapping the word starts and ends on word boundaries, so
        it holds whole letter-and-digit runs of the word; keys without any of
        them cannot hold it.  Sorted as the automaton reports (by end, longest first).
        """
        pieces = _PIECE.findall(word)
        if not pieces:  # a conjunct of apostrophes and hyphens alone: no run to look up by
            return list(self._matches(text))
        keys = {key for piece in pieces for key in self.by_piece.get(piece, ())}
        found = []
        for key in keys:
            start = text.find(key)
            while start >= 0:
                if _boundary(text, start, start + len(key)):
                    found.append((start, start + len(key), key))
                start = text.find(key, start + 1)
        found.sort(key=lambda match: (match[1], match[0]))
        return found

    def _ellipses(self, folded: str) -> list:
        """Terms hidden by coordination: each conjunct in turn stands alone in the text."""
        extra = []
        for coordination in coordinations(folded):
            left, right = coordination.span()
            phrase = coordination.group(0)
            words = [w for w in _CONJUNCT.findall(phrase) if w not in _CONJUNCTIONS]
            if len(set(words)) < 2 or self.key_words.isdisjoint(words):
                continue  # "countries and countries": a repetition, not an ellipsis; or no word of a term
            for conjunct in _CONJUNCT.finditer(phrase):
                word = conjunct.group(0)
                if word in _CONJUNCTIONS or word not in self.key_words:
                    continue  # a term through the coordination holds the word
                # Only a window around the coordination can hold a term through it.
                base = max(0, left - self.longest)
                reduced = folded[base:left] + word + folded[right:right + self.longest]
                left_in, word_end_in = left - base, left - base + len(word)
                word_end = left + len(word)
                first, last = conjunct.start() == 0, conjunct.end() == len(phrase)
                for start, end, key in self._holding(reduced, word):
                    if start >= word_end_in or end <= left_in:
                        continue  # does not hold the word
                    start, end = start + base, end + base
                    # It must reach across what the reduction took out, or it is in the text as is.
                    across_after = end > word_end and not last
                    across_before = start < left and not first
                    if across_after or across_before:
                        span = (min(start, left), max(end + right - word_end, right) if end > word_end else right)
                        extra += [(entry, term, *span, True) for entry, term, _ in self.keys[key]]
        return extra


@lru_cache(maxsize=4)
def matchers_for(glossary: Glossary) -> tuple[TermMatcher, TermMatcher]:
    """The source and target automata of a glossary, built once however many reports use them."""
    return TermMatcher(glossary, "source"), TermMatcher(glossary, "target")


def _has_capitals(matched: str, capitals: frozenset[int]) -> bool:
    if not capitals:
        return True
    words = _WORD_SPLIT.split(matched)
    return all(i < len(words) and words[i][:1].isupper() for i in capitals)


def _boundary(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")


def _dedupe(found: list[Occurrence]) -> list[Occurrence]:
    """One occurrence per entry and place: a variant inside a longer one of its entry goes."""
    found.sort(key=lambda o: (o.entry, o.start, -(o.end - o.start)))
    kept: list[Occurrence] = []
    reach: dict[int, int] = {}  # per entry, the furthest end of the occurrences kept
    for occurrence in found:
        if occurrence.end <= reach.get(occurrence.entry, -1):
            continue
        reach[occurrence.entry] = occurrence.end
        kept.append(occurrence)
    return sorted(kept, key=lambda o: (o.start, o.entry))
