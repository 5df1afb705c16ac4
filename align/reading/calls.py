"""Footnote calls glued to the text: telling ``20021,`` (2002 + call 1) from a number.

A PDF extraction prints a superscript call as plain digits glued to what came
before: a word (``Sud-Sud2``), punctuation (``cooperation;2``) or a number
(``20021,`` = 2002 + 1).  Calls run 1, 2, 3... in reading order, so the
calls of a document are the increasing sequence of candidates, one for each
footnote, that fits best.  Candidates are scored:

* 3 -- glued to a letter or closing bracket/quote, or to punctuation after one;
* 2 -- glued to a four-digit year (19xx, 20xx), directly or after a comma,
  as in ``20021,`` and ``2002,1``: calls after dates are common, while a
  call glued to any other number cannot be told from the number itself.

Digits inside a symbol (``A/57/444``, ``E.02.II.A.7``) are never calls.  A
footnote for which no call is found is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import FootnoteCall

_DIGITS = re.compile(r"\d+(?=[\s,;.:!?)\]»”’\"،؛，；。：]|$)")
_CLOSING = set(")]»”’\"")
_GLUE_PUNCTUATION = set(",;.:،؛，；。：")  # Latin, Arabic and full-width Chinese
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_TOKEN_REACH = 64
_SYMBOL_TAIL = re.compile(r"[./][A-Za-z0-9]+[./]?$")
_SKIPPED = -10  # score of a footnote whose call is not found


@dataclass(frozen=True)
class Candidate:
    text_index: int
    start: int
    end: int
    number: int
    score: int


_TYPED = re.compile(r" ?(?<![\w/.])(\d{1,3})/(?=[\s,.;:)\]]|$)")


def typed(text: str, index: int, count: int) -> list[Candidate]:
    """The ``1/`` calls of a text (the space before each goes with it), for footnotes 1..count."""
    return [Candidate(index, match.start(), match.end(), int(match.group(1)), 4)
            for match in _TYPED.finditer(text) if 1 <= int(match.group(1)) <= count]


def candidates(texts: list[str], count: int) -> list[Candidate]:
    """Every place in ``texts`` where a call to footnotes 1..count could stand."""
    found = []
    for index, text in enumerate(texts):
        for match in _DIGITS.finditer(text):
            run_start, end = match.span()
            for start in range(run_start, end):
                digits = text[start:end]
                if digits[0] == "0" or not 1 <= int(digits) <= count:
                    continue
                score = _score(text, run_start, start)
                if score:
                    found.append(Candidate(index, start, end, int(digits), score))
    return found


def _score(text: str, run_start: int, start: int) -> int:
    if start > run_start:  # glued to digits: only a year may precede
        return 2 if _YEAR.search(text[run_start:start]) and start - run_start == 4 else 0
    if start == 0:
        return 0
    before = text[start - 1]
    if _SYMBOL_TAIL.search(_token_before(text, start).rstrip(".,;:")):
        return 0
    if before.isalpha() or before in _CLOSING:
        return 3
    if before in _GLUE_PUNCTUATION and start >= 2:
        earlier = text[start - 2]
        if before == "." and not _followed_by_space(text, start):
            return 0
        if earlier.isalpha() or earlier in _CLOSING:
            return 3
        if earlier.isdigit() and before == "," and _YEAR.search(text, max(0, start - 6), start - 1):
            return 2
    return 0


def _token_before(text: str, start: int) -> str:
    """The characters glued before ``start`` (back to white space), at most 64 of them.

    Looking only this far keeps the scan linear on long texts full of digits.
    """
    window = text[max(0, start - _TOKEN_REACH):start]
    return window.split()[-1] if window.split() else ""


def _followed_by_space(text: str, start: int) -> bool:
    match = _DIGITS.match(text, start)
    end = match.end() if match else start
    return end == len(text) or text[end].isspace()


def choose(found: list[Candidate], count: int) -> dict[int, Candidate]:
    """The best increasing sequence of calls 1..count (missing ones left out)."""
    by_number: dict[int, list[Candidate]] = {n: [] for n in range(1, count + 1)}
    for cand in found:
        by_number[cand.number].append(cand)
    # states: (position, chosen calls, total score); keep the best per position
    states: list[tuple[tuple[int, int], tuple[Candidate, ...], int]] = [((-1, -1), (), 0)]
    for number in range(1, count + 1):
        new_states = []
        for position, chosen, total in states:
            new_states.append((position, chosen, total + _SKIPPED))
            for cand in by_number[number]:
                if (cand.text_index, cand.start) > position:
                    new_states.append(
                        ((cand.text_index, cand.end), chosen + (cand,), total + cand.score)
                    )
        states = _prune(new_states)
    _, best, _ = max(states, key=lambda s: (s[2], [-c.start for c in s[1]]))
    return {cand.number: cand for cand in best}


def _prune(states):
    """For each reached position keep the best path; drop dominated ones."""
    states.sort(key=lambda s: (s[0], -s[2]))
    kept = []
    best_total = None
    for state in states:
        if best_total is None or state[2] > best_total:
            kept.append(state)
            best_total = state[2]
    return kept


def remove(text: str, chosen: list[Candidate]) -> tuple[str, tuple[FootnoteCall, ...]]:
    """Cut the chosen calls out of ``text`` and say where each stood."""
    out, calls, cursor = [], [], 0
    for cand in sorted(chosen, key=lambda c: c.start):
        out.append(text[cursor:cand.start])
        cursor = cand.end
        calls.append(FootnoteCall(cand.number, sum(map(len, out))))
    out.append(text[cursor:])
    return "".join(out), tuple(calls)
