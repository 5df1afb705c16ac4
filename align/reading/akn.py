"""Akoma Ntoso XML as the UN publishes it (AKN4UN, DGACM's UNxml repositories).

What is read, in the namespace ``http://docs.oasis-open.org/legaldocml/ns/akn/3.0``:

* the symbol from the cover page's ``<docNumber refersTo="#symbol">``, the
  language from ``<FRBRExpression><FRBRlanguage language="fra">``;
* the title from the ``<preface>`` (``79/236.`` and ``<docTitle>``);
* the ``<preamble>``: its ``<formula>`` (``The General Assembly,``), then each
  ``<container>`` a preambular paragraph;
* the ``<mainBody>``: each element with a ``<num>`` (``paragraph``,
  ``subparagraph``, ``point``...) one paragraph, its printed label at its
  head, and each unnumbered block of text one paragraph of its own;
* ``<attachments>``: annexes, read on as the body is;
* ``<conclusions>``: the meeting (``<location>``) and the date (``<docDate>``);
* ``<authorialNote marker="N">``: footnote ``FN N``; its text leaves the
  paragraph, where its call is recorded (``FootnoteCall``), exactly as the
  text reader records a call glued to the text.

The paragraphs then get their ids from :mod:`align.reading.structure`, the
same as any other form: ids come from the printed numbers and the structure,
never from element counts (markup differs between language versions: the
French A/RES/79/1 has twice the ``<paragraph>`` elements of the English).

The cover page (distribution, date of issue, session, agenda item, "Resolution
adopted by the General Assembly on ...", the committee line) is kept as the
document's metadata, never as text.  Read with the project's safe parser: no
entity resolved, no DTD loaded, no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from tmx import safexml

from ..errors import InputError
from ..languages import profile
from ..model import Document, Unit, UnitKind
from . import structure
from .base import Reader, Request, language_of
from .paragraph import CALL as _CALL
from .paragraph import Paragraph, check_unique, paragraph_of

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_DOCUMENT_TYPES = ("statement", "doc", "documentCollection")
# Elements whose text is a paragraph's (or a part of one), read through.
_BREAKS = frozenset({"eol", "br"})
# Blocks of text: each starts a paragraph of its own when not inside a numbered element's head.
_BLOCKS = frozenset({"p", "blockList", "tblock", "table", "subheading", "heading", "list", "item"})
# Elements with a <num>: a numbered paragraph of the document.
_NUMBERED = frozenset({
    "paragraph", "subparagraph", "point", "item", "section", "subsection", "article", "clause",
    "subclause", "list", "indent", "alinea", "hcontainer", "container", "chapter", "part", "division", "level",
})
_WS = re.compile(r"[ \t\n\r]+")


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


@dataclass(frozen=True)
class _Note:
    """An <authorialNote>: its printed marker, the number its call and its unit share, the element."""

    marker: str
    number: int
    element: object


class AknReader(Reader):
    form = "akn"
    description = "Akoma Ntoso XML (AKN4UN), as published by the UN (UNxml)"

    def recognises(self, data: bytes) -> bool:
        """XML: a ``<`` first (after a byte-order mark and white space), in UTF-8 or UTF-16."""
        for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
            if data.startswith(bom):
                return data[2:514].decode(encoding, "ignore").lstrip().startswith("<")
        return data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")

    def read(self, data: bytes, request: Request) -> Document:
        path = request.path
        try:
            root = etree.fromstring(data, safexml.parser(huge=True))
        except etree.XMLSyntaxError as exc:
            raise InputError(path, f"the XML is not well-formed ({exc.msg})",
                             "give the file as published, whole", line=exc.lineno) from None
        if _local(root) != "akomaNtoso" or etree.QName(root).namespace != NS:
            raise InputError(path, f"an XML file whose root is <{etree.QName(root).localname}>, not Akoma Ntoso's "
                             "<akomaNtoso>", "give an Akoma Ntoso file (UNxml), a PDF, a Word file or a text",
                             line=root.sourceline)
        document = next((c for c in root if _local(c) in _DOCUMENT_TYPES), None)
        if document is None:
            kinds = ", ".join(sorted({_local(c) for c in root if _local(c)})) or "nothing"
            raise InputError(path, f"an Akoma Ntoso file of another document type ({kinds}), not a resolution "
                             "or decision", "give the <statement> of a resolution or decision", line=root.sourceline)
        declared = _attribute(document, "meta/identification/FRBRExpression/FRBRlanguage", "language")
        language, guessed = language_of(request, declared, "".join(document.itertext())[:20000])
        lang = profile(language)
        notes: list[_Note] = []
        paragraphs = list(_paragraphs(document, notes))
        # A collection's resolutions stand after it, in the root's <components>.
        for components in (c for c in root if _local(c) == "components"):
            paragraphs += _paragraphs(components, notes)
        if not paragraphs:
            raise InputError(path, "the Akoma Ntoso file holds no paragraph of text",
                             "give the file of a resolution or decision")
        built = structure.build(paragraphs, lang, path)
        if len(built.units) < 2:
            raise InputError(path, "the Akoma Ntoso file gives a title and no paragraph untm can read",
                             "check that it is the file of a resolution or decision; if it is, report it",
                             line=document.sourceline)
        footnotes, warnings = _footnotes(notes, path)
        symbol = request.symbol or _symbol(document) or built.symbol
        if symbol is None:
            raise InputError(path, "no document symbol found (no <docNumber refersTo=\"#symbol\">)",
                             "give the symbol with --symbol", line=document.sourceline)
        units = built.units + footnotes
        check_unique(units, path)
        return Document(symbol=symbol, language=lang.code, title=built.units[0].text, units=units, path=path,
                        warnings=((guessed,) if guessed else ()) + built.warnings + warnings,
                        metadata=_metadata(document), form=self.form)


def _find(element, steps: str):
    for name in steps.split("/"):
        element = next((c for c in element if _local(c) == name), None)
        if element is None:
            return None
    return element


def _attribute(element, steps: str, attribute: str) -> str | None:
    found = _find(element, steps)
    return found.get(attribute) if found is not None else None


def _symbol(document) -> str | None:
    cover = _find(document, "coverPage")
    if cover is None:
        return None
    for number in cover.iter(f"{{{NS}}}docNumber"):
        if number.get("refersTo") == "#symbol":
            return _WS.sub(" ", "".join(number.itertext())).strip() or None
    return None


def _metadata(document) -> tuple[tuple[str, str], ...]:
    """The cover page's furniture: what it is (the element's name or class) and what it says."""
    cover = _find(document, "coverPage")
    found = []
    if cover is not None:
        for element in cover.iter():
            name = _local(element)
            if name in ("docNumber", "docDate", "docStatus", "session", "docTitle", "docProponent", "inline",
                        "docAuthority"):
                text = _WS.sub(" ", "".join(element.itertext())).strip()
                if text and not (name == "inline" and element.getparent() is not None
                                 and _local(element.getparent()) == "docProponent"):
                    found.append((element.get("name") or name, text))
    return tuple(found)


def _paragraphs(document, notes: list[_Note], part: bool = False):
    """The document's paragraphs in reading order, each with its printed label at its head.

    A collection (``<documentCollection>``: resolutions 79/93 A and B) reads
    its own title, then each component, whose title opens a part.
    """
    for section in document:
        name = _local(section)
        if name == "preface":
            text, calls = _text_of([section], notes)
            paragraph = _paragraph(text, calls, section)
            yield replace(paragraph, kind=UnitKind.TITLE) if part else paragraph
        elif name in ("preamble", "mainBody", "body"):
            yield from _body(list(section), notes)
        elif name == "conclusions":
            yield from _conclusions(section, notes)
        elif name == "attachments":
            for attachment in section:
                for inner in attachment:
                    if _local(inner) in _DOCUMENT_TYPES:
                        yield from _paragraphs(inner, notes, part=_local(inner) != "doc")
        elif name == "components":
            yield from _paragraphs(section, notes, part=True)
        elif name == "component":
            for inner in section:
                if _local(inner) in _DOCUMENT_TYPES:
                    yield from _paragraphs(inner, notes, part=True)


def _body(elements, notes: list[_Note]):
    """A numbered element gives one paragraph: its label, then its own text (numbered
    elements inside it give theirs after it); an unnumbered block, a preambular
    container or the formula gives one paragraph of all its text."""
    for child in elements:
        name = _local(child)
        if not name or name in ("num", "meta"):
            continue
        if _has_num(child) and name in _SECTIONS:
            # <section><num>XVIII</num><subheading>...</subheading>, then its own preamble and paragraphs
            titles = [c for c in child if _local(c) in _TITLES]
            text, calls = _text_of([_find(child, "num")] + titles, notes, with_num=True)
            yield replace(_paragraph(text, calls, child), kind=UnitKind.HEADING)
            yield from _body([c for c in child if _local(c) not in _TITLES + ("num",)], notes)
        elif _has_num(child):
            head = _WS.sub(" ", "".join(_find(child, "num").itertext())).strip()
            titles = [c for c in child if _local(c) in _TITLES]
            # Its own text: all but the numbered elements inside it (a list's lead-in is its own).
            text, calls = _text_of([c for c in child if _local(c) not in ("num",) + _TITLES], notes)
            if titles and not text.strip():  # <num>I.</num><subheading>Governance</subheading>: a heading
                text, calls = _text_of([_find(child, "num")] + titles, notes, with_num=True)
                yield replace(_paragraph(text, calls, child), kind=UnitKind.HEADING)
                continue
            for title in titles:  # a heading printed above the paragraph's number: before it
                heading, marks = _text_of([title], notes)
                yield replace(_paragraph(heading, marks, title), kind=UnitKind.HEADING)
            yield _paragraph(f"{head} {text}", calls, child)
            yield from _body(_numbered_within(child), notes)
        elif not _contains_num(child):
            text, calls = _text_of([child], notes)
            if letter := _note_letter(child):  # "(a) Member States ...", as the Arabic labels it
                text = re.sub(rf"^\s*{letter}\s+", f"({letter}) ", text, count=1)
            if text.strip():
                kind = UnitKind.HEADING if name in ("subheading", "heading") else None
                yield replace(_paragraph(text, calls, child), kind=kind)
        else:
            yield from _body(list(child), notes)


_SECTIONS = frozenset({"section", "part", "chapter", "title", "division", "subsection", "book", "tome"})
_TITLES = ("heading", "subheading")


def _note_letter(element) -> str | None:
    """The letter of a note under a table, printed as a superscript before its text ("<sup>a</sup> Member States in
    level H* ...") where the Arabic prints a label, "<num>(أ)</num>": read as that label, the note is the same unit
    in every version."""
    for node in element.iter():
        if node is not element and _local(node) == "sup":
            letter = (node.text or "").strip()
            return letter if _NOTE_LETTER.fullmatch(letter) else None
        if (node.text or "").strip():
            return None  # text before any superscript
    return None


_NOTE_LETTER = re.compile(r"[a-z]{1,2}")


def _numbered_within(element) -> list:
    """The numbered elements nearest below ``element``, in document order."""
    found = []
    for child in element:
        if _local(child) and _local(child) != "num":
            found.extend([child] if _has_num(child) else _numbered_within(child))
    return found


def _has_num(element) -> bool:
    return _find(element, "num") is not None


def _contains_num(element) -> bool:
    return any(_local(e) == "num" for e in element.iter())


def _conclusions(element, notes: list[_Note]):
    """The meeting and the date, each a paragraph of its own, however the markup groups them."""
    for event in element.iter():
        name = _local(event)
        if name in ("location", "docDate"):
            text, calls = _text_of([event], notes)
            if text:
                kind = UnitKind.MEETING if name == "location" else UnitKind.DATE
                yield replace(_paragraph(text, calls, event), kind=kind)


def _paragraph(raw: str, numbers: list[int], element) -> Paragraph:
    return paragraph_of(raw, numbers, (element.sourceline or 0,))


def _text_of(elements, notes: list[_Note], with_num: bool = False) -> tuple[str, list[int]]:
    """The text of ``elements``, a call mark where each footnote stood; nested numbered elements left out."""
    pieces: list[str] = []
    numbers: list[int] = []

    def walk(element) -> None:
        name = _local(element)
        if name == "authorialNote":
            marker = element.get("marker", "")
            # a marker that is not a number ("a", "*") is numbered after the last note: call and unit agree
            number = int(marker) if marker.isdecimal() else (notes[-1].number + 1 if notes else 1)
            notes.append(_Note(marker, number, element))
            numbers.append(number)
            pieces.append(_CALL)
        elif name in _BREAKS:
            pieces.append(" ")
        elif (name == "num" and not with_num) or (name in _NUMBERED and _has_num(element)) or not name:
            pass
        else:
            if element.text:
                pieces.append(element.text)
            for child in element:
                walk(child)
                if child.tail:
                    pieces.append(child.tail)
            if name in _BLOCKS:
                pieces.append(" ")

    for element in elements:
        walk(element)
    return "".join(pieces), numbers


def _footnotes(notes: list[_Note], path: str) -> tuple[tuple[Unit, ...], tuple[str, ...]]:
    units, warnings, seen = [], [], set()
    for note in notes:
        number = note.number
        if not note.marker.isdecimal():
            warnings.append(f"{path}:{note.element.sourceline}: footnote marked {note.marker!r}, not a number: "
                            f"read as footnote {number}")
        if number in seen:
            warnings.append(f"{path}:{note.element.sourceline}: footnote {number} appears twice; the second is kept "
                            f"as FN{number}.2")
        inner: list[_Note] = []
        text, calls = _text_of(list(note.element), inner)
        paragraph = _paragraph(re.sub(r"^\s*\(\s*\)", "", text), calls, note.element)
        uid = f"FN{number}" if number not in seen else f"FN{number}.2"
        seen.add(number)
        units.append(Unit(uid, UnitKind.FOOTNOTE, paragraph.text, paragraph.lines, paragraph.calls))
    return tuple(units), tuple(warnings)
