"""Word files (OOXML, ``.docx`` -- and the UN's ``.DOC`` files, which are OOXML too).

Read with lxml straight from the zip's parts, not through python-docx: its
``paragraph.text`` drops footnote calls (and glues in the digits of repeated
calls), its ``runs`` skip the runs inside hyperlinks (symbols such as
``2005/11`` are lost), and it has no footnotes API.  What is read:

* ``word/document.xml``, paragraph by paragraph (table cells included), run
  by run: ``w:t`` text, ``w:tab`` and ``w:br`` white space, ``w:noBreakHyphen``
  a non-breaking hyphen; field instructions are skipped and their shown
  result kept; tracked changes are read as accepted (insertions kept,
  deletions left out) and the document says so in a warning; hidden text
  (``w:vanish``) is left out;
* ``w:footnoteReference``: a call, numbered as Word prints it (its place among
  the references without a custom mark); a ``NOTEREF`` field (a footnote called
  again) is a call to that footnote, through the bookmark around its first call;
  a custom mark (``*`` on the session line: "Reissued for technical reasons")
  is metadata;
* ``word/footnotes.xml``: each footnote a unit ``FN n``;
* the symbol from the document properties (``Symbol1``), else the first
  page's header; the language from the styles' default (``w:lang``).

Everything before the title line (``72/1. Title``) -- session, agenda item,
"Resolution adopted by the General Assembly on ...", the committee line -- is
kept as metadata, never as text; the paragraphs from the title on get their
ids from :mod:`align.reading.structure`.  The meeting line "24th plenary
meeting / 27 September 2017" (one paragraph, a line break) is the meeting and
the date.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from tmx import safexml

from ..errors import InputError
from ..languages import profile
from ..model import Document, Unit, UnitKind, counted
from . import structure
from .base import Reader, Request, language_of
from .labels import TITLE_LINE
from .paragraph import CALL, Paragraph, paragraph_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SYMBOL = re.compile(r"\b([A-Z]{1,6}(?:/[A-Z0-9.\-]+)+)\b")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


class _Runs:
    """The text of one paragraph as it is read, call marks where footnotes are called."""

    __slots__ = ("pieces", "calls")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.calls: list[int] = []


class _Field:
    """A field being read (``PAGE``, ``NOTEREF _Ref123``): its instruction, and whether its result shows."""

    __slots__ = ("instruction", "showing")

    def __init__(self) -> None:
        self.instruction = ""
        self.showing = False


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _struck(element) -> bool:
    """Deleted by a tracked change, or the fallback copy of content Word also gives as the real thing."""
    return any(a.tag in (_w("del"), _w("moveFrom"), f"{{{_MC}}}Fallback") for a in element.iterancestors())


class DocxReader(Reader):
    form = "docx"
    description = "Word (OOXML: .docx, and the UN's .DOC files that are OOXML inside)"

    def recognises(self, data: bytes) -> bool:
        return data.startswith(b"PK\x03\x04")

    def read(self, data: bytes, request: Request) -> Document:
        path = request.path
        parts = _parts(data, path)
        body = parts.document.find(_w("body"))
        if body is None:
            raise InputError(path, "the Word file has no body", "save it again from Word")
        warnings: list[str] = []
        if next(body.iter(_w("ins"), _w("del"), _w("moveFrom"), _w("moveTo")), None) is not None:
            warnings.append(f"{path}: the file holds tracked changes: the text is read with all of them accepted")
        numbering = _Numbering(body)
        paragraphs = list(_paragraphs(body, numbering))
        metadata, start = _front_matter(paragraphs)
        if start is None:
            raise InputError(path, "no title line like '72/1. Title' found in the Word file",
                             "give the Word file of a resolution or decision")
        notes, marked = _footnotes(parts.footnotes, numbering)
        if numbering.printed and not notes:
            warnings.append(f"{path}: the text calls {counted(len(numbering.printed), 'footnote')} but the file holds no "
                            "footnotes part: the calls are kept, the footnotes' text is not there")
        language, guessed = language_of(request, text=" ".join(p.text for p in paragraphs),
                                        fallback=_default_language(parts.styles))
        if guessed:
            warnings.append(guessed)
        lang = profile(language)
        built = structure.build(paragraphs[start:], lang, path, place="paragraph")
        symbol = request.symbol or _symbol(parts) or built.symbol
        if symbol is None:
            raise InputError(path, "no document symbol found in the Word file", "give the symbol with --symbol")
        return Document(symbol=symbol, language=lang.code, title=built.units[0].text,
                        units=built.units + notes, path=path, warnings=tuple(warnings) + built.warnings,
                        metadata=tuple(metadata) + marked, form=self.form)


@dataclass(frozen=True)
class _Parts:
    """The parts of a Word file untm reads, parsed (``None``: not in the file)."""

    document: object
    footnotes: object | None
    styles: object | None
    properties: object | None  # docProps/custom.xml: Symbol1
    headers: tuple


def _parts(data: bytes, path: str) -> _Parts:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise InputError(path, "a zip archive that is not a Word document (no word/document.xml)",
                             "give a .docx or the UN's .DOC file")

        def part(name: str):
            return etree.fromstring(archive.read(name), safexml.parser(huge=True)) if name in names else None

        return _Parts(part("word/document.xml"), part("word/footnotes.xml"), part("word/styles.xml"),
                      part("docProps/custom.xml"),
                      tuple(part(n) for n in sorted(names) if re.fullmatch(r"word/header\d*\.xml", n)))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, zlib.error, NotImplementedError,
            RuntimeError, ValueError) as exc:  # damaged parts, an unknown compression, an encrypted zip
        raise InputError(path, f"the Word file is damaged ({exc})", "save it again from Word") from None
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"the Word file's XML is damaged ({exc.msg})", "save it again from Word") from None


class _Numbering:
    """Footnote numbers as Word prints them, and the calls repeated through NOTEREF fields."""

    def __init__(self, body):
        self.printed: dict[str, int] = {}
        self.bookmarks: dict[str, str] = {}
        self.custom_ids: set[str] = set()
        pending: list[str] = []
        for element in body.iter(_w("bookmarkStart"), _w("footnoteReference")):
            if element.tag == _w("bookmarkStart"):
                if element.get(_w("name"), "").startswith("_Ref"):
                    pending.append(element.get(_w("name")))
                continue
            note = element.get(_w("id"))
            if _struck(element):  # a deleted reference: the note is not printed
                continue
            if element.get(_w("customMarkFollows")) in ("1", "true", "on"):
                self.custom_ids.add(note)
            else:
                self.printed.setdefault(note, len(self.printed) + 1)
            for name in pending:
                self.bookmarks[name] = note
            pending = []


def _paragraphs(body, numbering: _Numbering):
    """Each Word paragraph, split at its line breaks: the meeting line "24th plenary
    meeting / 27 September 2017" is the meeting and the date, an annex heading
    "Annex / Title" the heading and the title."""
    for index, paragraph in enumerate(body.iter(_w("p")), start=1):
        if _struck(paragraph):
            continue
        runs = _read_runs(paragraph, numbering)
        calls = iter(runs.calls)
        for line in "".join(runs.pieces).split("\n"):
            numbers = [next(calls) for _ in range(line.count(CALL))]
            if line.replace(CALL, "").strip():
                yield paragraph_of(line, numbers, (index,))


def _read_runs(paragraph, numbering: _Numbering) -> _Runs:
    runs = _Runs()
    fields: list[_Field] = []
    for run in paragraph.iter(_w("r")):
        # a text box's paragraphs are read as paragraphs of their own, once
        if _struck(run) or next(run.iterancestors(_w("p"))) is not paragraph:
            continue
        properties = run.find(_w("rPr"))
        vanish = properties.find(_w("vanish")) if properties is not None else None
        if vanish is not None and vanish.get(_w("val")) not in ("0", "false"):
            continue
        skip_mark = False
        raised = properties is not None and any(
            v.get(_w("val")) == "superscript" for v in properties.iter(_w("vertAlign")))
        for child in run:
            tag = child.tag
            if tag == _w("fldChar"):
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    fields.append(_Field())
                elif kind == "separate" and fields:
                    fields[-1].showing = True
                    match = re.match(r"\s*NOTEREF\s+(\S+)", fields[-1].instruction)
                    note = numbering.bookmarks.get(match.group(1)) if match else None
                    if note in numbering.printed:
                        runs.pieces.append(CALL)
                        runs.calls.append(numbering.printed[note])
                elif kind == "end" and fields:
                    fields.pop()
                continue
            if tag == _w("instrText"):
                if fields:
                    fields[-1].instruction += child.text or ""
                continue
            if fields and (not fields[-1].showing or fields[-1].instruction.strip().startswith("NOTEREF")):
                continue
            if tag == _w("footnoteReference"):
                note = child.get(_w("id"))
                if note in numbering.custom_ids:
                    skip_mark = True
                elif note in numbering.printed:
                    runs.pieces.append(CALL)
                    runs.calls.append(numbering.printed[note])
            elif tag == _w("t"):
                if skip_mark:
                    skip_mark = False
                    continue
                numbers = _typed_calls(child.text or "", len(numbering.printed)) if raised else None
                if numbers:  # calls typed as raised text: "1–21" after a paragraph calls footnotes 1 to 21
                    runs.pieces.extend(CALL for _ in numbers)
                    runs.calls.extend(numbers)
                else:
                    runs.pieces.append(child.text or "")
            elif tag in (_w("tab"), _w("br"), _w("cr")):
                runs.pieces.append("\n" if tag == _w("br") else "\t")
            elif tag == _w("noBreakHyphen"):
                runs.pieces.append("\u2011")
            elif tag == _w("sym") and child.get(_w("char")):
                char = chr(int(child.get(_w("char")), 16))
                runs.pieces.append(char if not 0xF000 <= ord(char) <= 0xF0FF else "")
    return runs


_TYPED_CALLS = re.compile(r"^\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*$")


def _typed_calls(text: str, count: int) -> list[int] | None:
    """The footnotes a raised ``3``, ``1–21`` or ``4, 5`` calls, when there are such footnotes."""
    if not _TYPED_CALLS.match(text):
        return None
    numbers: list[int] = []
    for part in text.replace(" ", "").split(","):
        first, _, last = part.replace("–", "-").partition("-")
        numbers.extend(range(int(first), int(last or first) + 1))
    return numbers if numbers and all(1 <= n <= count for n in numbers) else None


def _front_matter(paragraphs: list[Paragraph]) -> tuple[list[tuple[str, str]], int | None]:
    """The furniture before the title line, as metadata; where the title line is."""
    found = []
    for index, paragraph in enumerate(paragraphs):
        if TITLE_LINE.match(paragraph.text):
            return found, index
        found.append(("front", paragraph.text))
    return found, None


def _footnotes(root, numbering: _Numbering) -> tuple[tuple[Unit, ...], tuple[tuple[str, str], ...]]:
    """The footnotes as units, and the notes of custom marks ("* Reissued for technical reasons") as metadata."""
    if root is None:
        return (), ()
    units, marked = [], []
    for note in root.iter(_w("footnote")):
        key = note.get(_w("id"))
        if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [_note_text("".join(_read_runs(p, numbering).pieces).replace(CALL, "")) for p in note.iter(_w("p"))]
        text = " ".join(t for t in texts if t)
        number = numbering.printed.get(key)
        if key in numbering.custom_ids or (text.startswith("*") and number is None):
            marked.append(("note", text.lstrip("* ").strip()))
        elif number is not None:
            if text.startswith("*"):  # a reissue note glued before the first footnote's text
                first, _, text = text.partition(". ")
                marked.append(("note", first.lstrip("* ").strip() + "."))
            units.append(Unit(f"FN{number}", UnitKind.FOOTNOTE, text.strip(), (note.sourceline or 0,)))
    return tuple(sorted(units, key=lambda u: int(u.id[2:]))), tuple(marked)


_URL_BREAK = re.compile(r"(?<=[/%\w.-])\n(?=[\w/%.-])")


def _note_text(raw: str) -> str:
    """A footnote paragraph's text: a line break inside a link joins it, other white space is one space
    (no-break spaces stay: they are typography)."""
    return paragraph_of(_URL_BREAK.sub("", raw) if "://" in raw else raw, [], (0,)).text


def _default_language(styles) -> str | None:
    if styles is None:
        return None
    for lang in styles.iter(_w("lang")):
        if lang.get(_w("val")):
            return lang.get(_w("val"))
    return None


def _symbol(parts: _Parts) -> str | None:
    if parts.properties is not None:
        for prop in parts.properties:
            if prop.get("name") == "Symbol1":
                value = "".join(prop.itertext()).strip().rstrip("*")
                if value:
                    return value
    for header in parts.headers:
        match = _SYMBOL.search(" ".join("".join(t.itertext()) for t in header.iter(_w("t"))))
        if match:
            return match.group(1).rstrip("*")
    return None
