"""PDF files as the UN publishes them (ODS), through pypdfium2 (PDFium).

Why PDFium: on the UN's PDFs here (1994 typescript resolutions, 2009 and
2019 reports, in English, French, Spanish and Russian) it gives the text in
1.4 ms a page and the characters with their boxes in 12-16 ms -- pdfminer.six
takes 37-41, pdfplumber 63-73 (355 with the de-duplication the twice-printed
1994 masthead needs) -- and where both give words they agree word for word.
The boxes tell a footnote call (a smaller, raised digit) and a footnote
(smaller type at the foot of a page) from the text, and a paragraph's start
(a gap, an indent) from a wrapped line.  pypdf splits words ("framew ork"),
drops spaces and gives positions only per chunk.  Lines come from
:mod:`align.reading.pdflines`; the README gives the measurement.

What is read, page by page:

* lines, from PDFium's own line breaks, placed by their first character and
  sorted top to bottom (the content stream is not in reading order);
* page furniture dropped: the running header (the symbol, ``Page 2``,
  ``Página 2``) at the top of every page after the first, and at the foot the
  job number (``GE.09-17087``, ``94-02356``), a page number, the ``/...`` of
  1990s typescripts and barcodes;
* the first page's masthead (``UNITED NATIONS``, the organ, ``Distr.``, the
  symbol, the date, the session, the agenda item, "RESOLUTION ADOPTED BY ...",
  the committee line) kept as metadata: it is everything above the title
  line -- ``48/161. Title`` in a resolution, else the first line of the
  largest bold type (a report's title);
* footnotes: the lines after a typed rule (``____``) or in smaller type at the
  foot of a page, each starting with its number (``1/``, a raised ``1``,
  ``1``); a ``*`` note ("not edited before being sent ...") is metadata;
* footnote calls: a raised digit in smaller type, or the ``1/`` of 1990s
  typescripts where footnote 1 exists;
* paragraphs: a new one where the gap between lines is wider than the
  line pitch, where a line is indented past the one before, or where a line
  starts with a label (``1.``, ``(a)``); a paragraph cut by a page break goes
  on when the next page starts neither indented nor with a label;
* a table of contents (lines with dot leaders) is left out.

The paragraphs then get their ids from :mod:`align.reading.structure`, as
every form's do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..errors import InputError
from ..languages import profile
from ..model import Document, Unit, UnitKind
from . import structure
from .base import Reader, Request, language_of
from .labels import TITLE_LINE
from .layout import CONTINUED, RULE, join_lines
from .layout import Line as TextLine
from .paragraph import CALL, paragraph_of
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pypdfium2 is imported when a PDF is read, not by every command
    from .pdflines import Line

_SYMBOL = re.compile(r"^\s*([A-Z]{1,6}(?:/[A-Z0-9.\-]*[A-Z0-9])+)\s*$")
_SYMBOL_IN = re.compile(r"(?<![\w/])([A-Z]{1,6}(?:/[A-Z0-9.\-]*[A-Z0-9]){2,})(?![\w/])")
_PAGE_HEADER = re.compile(r"^\s*(?:[A-Z]{1,6}(?:/[A-Z0-9.\-]*[A-Z0-9])+\s*)?"
                          r"(?:(?:Page|Página|Pág\.|Стр\.|Страница|Seite)\s*\d+|\d{1,3})?\s*$", re.I)
# The job number at a page's foot, a page number beside it: "GE.09-17087", "2 GE.09-17088", "94-02356".
_JOB = re.compile(r"^\s*(?:\d{1,3}\s+)?(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6}\b")
_ENTRY = re.compile(r"(?:(?:\.\s?){5,}|…{2,})\s*[\d\s\-–−—]*$")  # a contents entry: leaders, then pages
_FIRST_PARAGRAPH = re.compile(r"^\s*1\.\s+\S")
_NOTE_LINE = 2.0  # a footnote's next line stands within this many of its type sizes
_LABEL = re.compile(r"^\s*(?:[\d٠-٩]{1,3}\.\s|\(?[a-zа-яё]{1,4}\)\s|\([ivx]{1,5}\)\s|[IVX]{1,5}\.\s|[A-Z]\.\s)")
_FOOTNOTE_START = re.compile(r"^\s*(\d{1,3})(?:/|\s|(?=\D))\s*")
_TYPED_CALL = re.compile(r"(?<=[\w\)\"”’,;.:]) (\d{1,3})/(?=[\s,.;:)]|$)")
_HEADER_ZONE, _FOOTER_ZONE = 0.12, 0.88
_NOTE_SIZE = 0.94  # footnotes are set smaller than the body
_GAP = 1.3  # a gap this many line pitches opens a paragraph
_INDENT = 12.0  # points
_LEADING = 1.2  # a line's pitch in its own type, at least: a title in large type is not spaced out


class PdfReader(Reader):
    form = "pdf"
    description = "PDF with a text layer, as the UN's Official Document System publishes them (PDFium)"

    def recognises(self, data: bytes) -> bool:
        return b"%PDF-" in data[:1024]

    def read(self, data: bytes, request: Request) -> Document:
        path = request.path
        from .pdflines import read_pages

        pages = read_pages(data, path)
        zones = _Zones(_body_size(pages)).read(pages)
        metadata, body = zones.metadata, zones.body
        if not body:
            raise InputError(path, "the PDF has no text of a document below its first page's masthead",
                             "give the PDF of a resolution or report")
        language, guessed = language_of(request, text=" ".join(line.text for line in body))
        lang = profile(language)
        footnotes, note_warnings = _footnotes(zones.notes, path)
        numbers = {note.number for note in zones.notes}
        paragraphs = _paragraphs(body, lang, numbers)
        if not paragraphs:
            raise InputError(path, "the PDF holds no paragraph of text, only a table of contents or furniture",
                             "give the PDF of a resolution or report")
        built = structure.build(paragraphs, lang, path, place="page")
        symbol = request.symbol or next((m.group(1) for _, v in metadata if (m := _SYMBOL_IN.search(v))), None) \
            or built.symbol
        if symbol is None:
            raise InputError(path, "no document symbol found on the PDF's first page", "give the symbol with --symbol")
        return Document(symbol=symbol, language=lang.code, title=built.units[0].text,
                        units=built.units + footnotes, path=path,
                        warnings=((guessed,) if guessed else ()) + built.warnings + note_warnings,
                        metadata=tuple(metadata), form=self.form)


def _body_size(pages: list[list[Line]]) -> float:
    sizes = Counter()
    for line in (line for page in pages for line in page):
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


@dataclass
class _Note:
    """A footnote as it is read: its number, its lines' text, its page, where its last line stands."""

    number: int  # -1: a "*" note about the document itself (metadata)
    texts: list[str]
    page: int
    bottom: float


class _Zones:
    """Splits a PDF's lines into the masthead (metadata), the body and the footnotes.

    A footnote is in smaller type, or after a typed rule, and opens with its
    number -- raised, ``1/``, or ``1`` following the last -- at the foot of a
    page or anywhere on a page of endnotes; a line goes on with it only if it
    stands right under it in the same type.  Anything else is body: a rule
    or smaller type with no footnote after it drops nothing.
    """

    def __init__(self, body_size: float):
        self.body_size = body_size
        self.metadata: list[tuple[str, str]] = []
        self.body: list[Line] = []
        self.notes: list[_Note] = []
        self.contents_over = False  # a numbered paragraph has been read: no table of contents after it

    def read(self, pages: list[list[Line]]) -> _Zones:
        title_at = _title_line(pages[0])
        for number, lines in enumerate(pages, start=1):
            self._page(number, lines, title_at if number == 1 else 0)
        return self

    def _page(self, number: int, lines: list[Line], title_at: int) -> None:
        page_height = _page_height(lines)
        first = 0 if self.contents_over else _contents_end(lines)
        ruled = False
        current: _Note | None = None
        for index, line in enumerate(lines):
            text = line.text
            if index < first:
                continue
            if index < title_at:
                self.metadata.append(("masthead", text))
                continue
            if RULE.match(text):
                ruled = True
                continue
            if _is_furniture(line, page_height, number):
                continue
            noted = ruled or line.size < _NOTE_SIZE * self.body_size
            if noted and (opened := _note_opened(line, self.notes)):
                current = _Note(opened[0], [opened[1]], number, line.end)
                self.notes.append(current)
            elif noted and text.lstrip().startswith("*"):
                self.metadata.append(("note", text.lstrip("* ").strip()))
                current = _Note(-1, [], number, line.end)
            elif noted and current is not None and line.top - current.bottom <= _NOTE_LINE * line.size:
                if current.number < 0:
                    self.metadata[-1] = ("note", f"{self.metadata[-1][1]} {text.strip()}")
                else:
                    current.texts.append(text.replace(CALL, "").strip())
                current.bottom = line.end
            else:
                current = None
                self.body.append(line)
                self.contents_over = self.contents_over or bool(_FIRST_PARAGRAPH.match(text))


def _note_opened(line: Line, notes: list[_Note]) -> tuple[int, str] | None:
    """The number and text of the note the line opens: a raised number, or a typed one that follows the last."""
    text = line.text
    if text.startswith(CALL):
        return line.calls[0], text.replace(CALL, "", 1).replace(CALL, "").strip()
    start = _FOOTNOTE_START.match(text.replace(CALL, ""))
    last = notes[-1].number if notes else 0
    if start and int(start.group(1)) == last + 1:
        return int(start.group(1)), text.replace(CALL, "")[start.end():].strip()
    return None


def _contents_end(lines: list[Line]) -> int:
    """Where a table of contents on the page ends (its heading and entries are left out); 0: none.

    Its entries end in dot leaders and a page number; it is looked for only
    before the first numbered paragraph (a table with leaders later is text).
    """
    leaders = [index for index, line in enumerate(lines) if _ENTRY.search(line.text)]
    return leaders[-1] + 1 if len(leaders) >= 2 else 0


def _page_height(lines: list[Line]) -> float:
    """The page's height as its lines reach (PDFium's page box is not needed: A4 and letter both occur)."""
    return 842.0 if any(line.top > 792 for line in lines) else max(792.0, max((l.top for l in lines), default=792.0))


def _title_line(lines: list[Line]) -> int:
    """Where the first page's masthead ends: the title line."""
    for index, line in enumerate(lines):
        if TITLE_LINE.match(line.text):
            return index
    page_height = _page_height(lines)
    candidates = [(line.size, -index) for index, line in enumerate(lines)
                  if line.bold and line.top > 0.2 * page_height and not _SYMBOL.match(line.text)]
    if not candidates:
        return 0
    return -max(candidates)[1]


def _is_furniture(line: Line, page_height: float, page: int) -> bool:
    text = line.text.replace(CALL, "").strip()
    if not text or CONTINUED.match(text) or not any(c.isalnum() for c in text):
        return True
    if line.top < _HEADER_ZONE * page_height and page > 1:
        return bool(_PAGE_HEADER.match(text) or _SYMBOL.match(text))
    if line.top > _FOOTER_ZONE * page_height:
        return bool(_JOB.match(text) or _PAGE_HEADER.match(text))
    return False


def _footnotes(notes: list[_Note], path: str) -> tuple[tuple[Unit, ...], tuple[str, ...]]:
    """The footnotes as units, numbered as printed; a number printed twice keeps both, the second as ``FN1.2``."""
    units, warnings, seen = [], [], set()
    for note in sorted(notes, key=lambda note: note.number):
        uid = f"FN{note.number}" if note.number not in seen else f"FN{note.number}.2"
        if note.number in seen:
            warnings.append(f"{path}, page {note.page}: footnote {note.number} printed twice; the second is {uid}")
        seen.add(note.number)
        units.append(Unit(uid, UnitKind.FOOTNOTE, " ".join(t for t in note.texts if t), (note.page,)))
    return tuple(units), tuple(warnings)


def _paragraphs(lines: list[Line], lang, numbers: set[int]) -> list:
    groups: list[list[Line]] = []
    pitch = _pitch(lines)
    margin = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    for previous, line in zip([None] + lines[:-1], lines):
        if previous is None or _starts_paragraph(previous, line, pitch, margin) \
                or lang.meeting.match(line.text) or lang.meeting.match(previous.text) \
                or lang.intro.match(line.text) or lang.intro.match(previous.text):
            groups.append([line])
        else:
            groups[-1].append(line)
    text_all = " ".join(line.text for line in lines).lower()
    hyphenated = frozenset(re.findall(r"\w+-\w+", text_all))
    words = frozenset(re.findall(r"\w+", text_all))
    paragraphs = []
    for group in groups:
        joined = join_lines(tuple(TextLine(i, line.text) for i, line in enumerate(group)), lang, hyphenated, words)
        calls = [n for line in group for n in line.calls]
        joined, calls = _typed_calls(joined, calls, numbers)
        paragraphs.append(paragraph_of(joined, calls, tuple(sorted({group[0].page, group[-1].page}))))
    return paragraphs


def _typed_calls(text: str, calls: list[int], numbers: set[int]) -> tuple[str, list[int]]:
    """The ``1/`` calls of 1990s typescripts, where footnote 1 exists, as CALL marks, in text order."""
    if "/" not in text or not numbers:
        return text, calls
    pieces, found, position = [], [], 0
    existing = iter(calls)
    for match in _TYPED_CALL.finditer(text):
        if int(match.group(1)) not in numbers:
            continue
        before = text[position:match.start()]
        found.extend(next(existing) for _ in range(before.count(CALL)))
        pieces.append(before + CALL)
        found.append(int(match.group(1)))
        position = match.end()
    rest = text[position:]
    found.extend(next(existing) for _ in range(rest.count(CALL)))
    return "".join(pieces) + rest, found


def _pitch(lines: list[Line]) -> float:
    gaps = Counter(round(b.top - a.end) for a, b in zip(lines, lines[1:]) if a.page == b.page and 0 < b.top - a.end < 40)
    return gaps.most_common(1)[0][0] if gaps else 12.0


def _starts_paragraph(previous: Line, line: Line, pitch: float, margin: float) -> bool:
    """Whether ``line`` opens a paragraph: a label, a change of weight (a heading), a gap wider than
    the line pitch, a first line indented past a line at the margin; across a page break, an indent
    or a capital after a paragraph's end."""
    if _LABEL.match(line.text) or TITLE_LINE.match(line.text) or line.bold != previous.bold:
        return True
    indented = line.x0 > margin + _INDENT
    if line.page != previous.page:
        ended = previous.text.rstrip().endswith((".", ";", ":", ",", "。", "；"))
        return indented or (ended and line.text[:1].isupper())
    if line.top - previous.end > _GAP * max(pitch, _LEADING * previous.size):
        return True
    return indented and previous.x0 <= margin + 2
