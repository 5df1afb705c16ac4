"""The printed lines of a PDF, through pypdfium2 (PDFium): where each stands, its type, its raised calls.

PDFium gives a page's characters in the order of the content stream, which
is not reading order, and breaks lines its own way: a raised call printed
apart is a "line" of its own, a line ending in a hyphen is joined to the
next.  Here lines are placed by their first and last characters' boxes,
sorted top to bottom, and the pieces of one printed line (one baseline)
merged.  Type is measured by each character's box: PDFium's font size is 1
where the text matrix scales the type, as in the 1990s typescripts.  A digit
smaller than its line and standing above it is a footnote call, kept as a
``CALL`` mark and its number.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from .paragraph import CALL

_SMALLER = 0.8  # a digit this much smaller than its line is raised: a call
_RAISE = 0.15  # and whose foot stands this much above the line's


@dataclass(frozen=True)
class Line:
    page: int
    top: float  # of its first character
    x0: float
    size: float
    bold: bool
    text: str  # CALL marks where raised digits (calls) stood
    calls: tuple[int, ...]
    end: float = 0.0  # the top of its last character: PDFium joins a line ending in a hyphen to the next


def read_pages(data: bytes, path: str) -> list[list[Line]]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(path, "the PDF is encrypted", "give an unencrypted copy (qpdf --decrypt IN OUT)") from None
        raise InputError(path, f"the PDF cannot be read ({exc})", "give the PDF as published, whole") from None
    try:
        pages = [_page_lines(document[index], index + 1) for index in range(len(document))]
    except pdfium.PdfiumError as exc:  # a damaged page: say which file, and no half reading
        raise InputError(path, f"a page of the PDF cannot be read ({exc})", "give the PDF as published, whole") from None
    if not any(pages):
        raise InputError(path, "the PDF has no text layer (a scan?)",
                         "run OCR on it first (for example ocrmypdf), or give the document in another form")
    return pages


def _page_lines(page, number: int) -> list[Line]:
    textpage = page.get_textpage()
    raw = textpage.raw
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    height = page.get_height()
    lines = []
    start = 0
    for piece in re.split(r"(\r\n|\n)", text):
        if piece in ("\r\n", "\n"):
            start += len(piece)
            continue
        filled = [i for i, c in enumerate(piece) if not c.isspace()]
        if filled:
            first, last = _box(raw, start + filled[0]), _box(raw, start + filled[-1])
            size = _line_size(raw, start, piece)
            marked, calls = _raised_digits(raw, start, piece, size)
            lines.append(Line(number, round(height - first.top, 1), round(first.left, 1), size,
                               _bold(raw, start + filled[len(filled) // 2]),
                               marked.strip().replace("\x02", "-").replace("\ufffe", "-"), calls,
                               round(height - last.top, 1)))
        start += len(piece)
    return _merge_pieces(sorted(lines, key=lambda line: line.top))


def _merge_pieces(lines: list[Line]) -> list[Line]:
    """The pieces of one printed line, as one line: PDFium cuts a line where a raised call stands,
    and gives a call printed apart (a raised ``45``, a little above the line) as a line of its own."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and abs(line.top - groups[-1][0].top) < 0.5 * max(p.size for p in groups[-1]):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [_one_line(sorted(group, key=lambda line: line.x0)) for group in groups]


def _one_line(pieces: list[Line]) -> Line:
    if len(pieces) == 1:
        return pieces[0]
    size = max(piece.size for piece in pieces)
    texts, calls = [], []
    for piece in pieces:
        if piece.text.isdecimal() and piece.size < _SMALLER * size:
            texts.append(CALL)
            calls.append(int(piece.text))
        else:
            texts.append((" " if texts else "") + piece.text)
            calls.extend(piece.calls)
    first = next(piece for piece in pieces if not (piece.text.isdecimal() and piece.size < _SMALLER * size))
    return Line(first.page, first.top, first.x0, size, all(p.bold for p in pieces), "".join(texts), tuple(calls),
                 max(piece.end for piece in pieces))


_NAME = ctypes.create_string_buffer(256)


def _bold(raw, index: int) -> bool:
    """Bold by the font's weight, or by its name where the weight is not given (the standard 14 fonts)."""
    if pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600:
        return True
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(raw, index, _NAME, len(_NAME), ctypes.byref(flags))
    return b"Bold" in _NAME.raw[:length]


def _box(raw, index: int):
    box = pdfium_c.FS_RECTF()
    pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(box))
    return box


def _size(raw, index: int) -> float:
    """A character's size as printed: the height of its box (PDFium's font size is 1 where
    the text matrix scales the type, as in the 1990s typescripts)."""
    box = _box(raw, index)
    return round(box.top - box.bottom, 1)


def _line_size(raw, start: int, piece: str) -> float:
    """The size of a line's type: the most common among its first letters."""
    sizes = Counter(_size(raw, start + offset) for offset, char in enumerate(piece[:40]) if char.isalpha())
    return sizes.most_common(1)[0][0] if sizes else _size(raw, start)


def _raised_digits(raw, start: int, piece: str, size: float) -> tuple[str, tuple[int, ...]]:
    """The line with each run of raised, smaller digits (a footnote call) replaced by a CALL mark."""
    out, calls, digits = [], [], ""
    base = None
    for offset, char in enumerate(piece):
        raised = False
        if (char.isdecimal() or char == "*") and size:
            box = _box(raw, start + offset)
            if box.top - box.bottom < _SMALLER * size:
                if base is None:
                    letter = next((i for i, c in enumerate(piece) if c.isalpha()), 0)
                    base = _box(raw, start + letter).bottom
                raised = box.bottom > base + _RAISE * size
        if raised:
            digits += char
            continue
        if digits:
            _flush(digits, out, calls)
            digits = ""
        out.append(char)
    if digits:
        _flush(digits, out, calls)
    return "".join(out), tuple(calls)


def _flush(digits: str, out: list[str], calls: list[int]) -> None:
    if digits.isdecimal():
        out.append(CALL)
        calls.append(int(digits))
    # a raised "*" calls a note about the document itself: the note is metadata, the mark goes
