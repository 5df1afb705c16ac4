"""A paragraph as a reader gives it: its printed text, where it was read, its footnote calls.

Every reader builds its paragraphs here (``paragraph_of``: white space
collapsed, the marks of footnote calls taken out and recorded), and
:mod:`align.reading.structure` gives them their ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import InputError
from ..model import FootnoteCall, UnitKind


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as printed, its label at its head; ``calls`` index ``text``."""

    text: str
    lines: tuple[int, ...]
    calls: tuple[FootnoteCall, ...] = ()
    # What the form's markup says the paragraph is: Akoma Ntoso's <location> is
    # the meeting, a collection's component title a part (TITLE): structure
    # before guessing from the words.
    kind: UnitKind | None = None


# Where a footnote call stood in a paragraph's raw text: XML cannot carry it, so no text holds it.
CALL = "\x00"
_WHITE = re.compile(r"[ \t\n\r]+")
_SPACED_CALL = re.compile(f" {CALL}(?=[ ,.;:!?)\\]»”’{CALL}]|$)")


def paragraph_of(raw: str, numbers: list[int], lines: tuple[int, ...], kind: UnitKind | None = None) -> Paragraph:
    """A paragraph from text marked with ``CALL`` where footnotes ``numbers`` were called.

    White space is collapsed (no-break spaces stay: they are typography) and the
    marks are taken out, each call recorded where it stood.  Arabic prints a call
    in brackets outside the note's own markup, ``(<note/>)``: the brackets go too.
    """
    text = _WHITE.sub(" ", raw).strip().replace(f"({CALL})", CALL)
    # "word <note/>, next": the call follows the word, the space goes; "word <note/>next" keeps its space
    text = _SPACED_CALL.sub(CALL, text)
    clean, calls = "", []
    for index, piece in enumerate(text.split(CALL)):
        if index:
            calls.append(FootnoteCall(numbers[index - 1], len(clean)))
        clean += piece
    stripped = clean.lstrip()
    shift = len(clean) - len(stripped)
    return Paragraph(stripped.rstrip(), lines, tuple(replace(c, offset=max(0, c.offset - shift)) for c in calls), kind)


def check_unique(units, path: str) -> None:
    """Refuse a document that gives two units one id: they could not both be aligned."""
    first: dict[str, int] = {}
    for unit in units:
        if unit.id in first:
            raise InputError(path, f"paragraph {unit.id} appears twice (first at line {first[unit.id]})",
                             "check the numbering of the document", line=unit.lines[0])
        first[unit.id] = unit.lines[0]


def join(first: Paragraph, second: Paragraph) -> Paragraph:
    """One paragraph of two: ``first``'s text, a space, ``second``'s; calls kept in place."""
    shift = len(first.text) + 1
    return Paragraph(f"{first.text} {second.text}", first.lines + second.lines,
                     first.calls + tuple(replace(c, offset=c.offset + shift) for c in second.calls), second.kind)


def cut(paragraph: Paragraph, start: int) -> tuple[str, tuple[FootnoteCall, ...]]:
    """The text from ``start`` on (its label cut off), the calls moved with it."""
    text = paragraph.text[start:]
    shift = start + len(text) - len(text.lstrip())
    return text.strip(), tuple(replace(c, offset=max(0, c.offset - shift)) for c in paragraph.calls)
