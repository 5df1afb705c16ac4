"""Writing TMX 1.4b, streamed with lxml's incremental writer.

translate-toolkit's ``tmxfile`` builds the whole tree in memory and writes
``o-tmf="UTF-8"`` (an encoding where the spec wants the name of a TM
format), so untm writes its own: one ``<tu>`` at a time, every required
header attribute, ``xml:lang`` on every ``<tuv>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import BinaryIO

from lxml import etree

from . import safexml
from .errors import ForbiddenCharacterError
from .units import TmxHeader, TmxUnit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
# Characters outside XML 1.0's Char production (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
# [#x10000-#x10FFFF]), written as the few it leaves out: the class of those it allows costs the standard
# library 3 ms to compile, a fifth of a small alignment's own work.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def check_text(text: str, where: str) -> None:
    """Refuse text XML 1.0 cannot carry; never drop a character silently."""
    match = _FORBIDDEN.search(text)
    if match:
        raise ForbiddenCharacterError(where, match.group(0), match.start())


class TmxWriter:
    """A TMX document written one ``<tu>`` at a time; several can be open at once.

        with TmxWriter(stream, header) as tmx:
            tmx.write(unit)
    """

    def __init__(self, stream: BinaryIO, header: TmxHeader):
        self.stream = stream
        self.header = header
        self.count = 0
        self._contexts: list = []

    def __enter__(self) -> TmxWriter:
        xf_context = etree.xmlfile(self.stream, encoding="UTF-8")
        self._xf = xf_context.__enter__()
        self._contexts.append(xf_context)
        self._xf.write_declaration()
        self._xf.write_doctype(DOCTYPE)
        self._open(self._xf.element("tmx", version="1.4"))
        self._xf.write("\n")
        self._xf.write(etree.Element("header", _header_attributes(self.header)))
        self._xf.write("\n")
        self._open(self._xf.element("body"))
        self._xf.write("\n")
        return self

    def _open(self, context) -> None:
        context.__enter__()
        self._contexts.append(context)

    def write(self, unit: TmxUnit) -> None:
        self.write_serialized(serialize(unit), 1)

    def write_serialized(self, data: bytes, count: int) -> None:
        """Copy ``count`` ``<tu>`` elements that ``serialize`` already wrote out."""
        self._xf.flush()  # what lxml still buffers goes first
        self.stream.write(data)
        self.count += count

    def __exit__(self, exc_type, exc, tb) -> None:
        body, tmx = self._contexts[2], self._contexts[1]
        body.__exit__(exc_type, exc, tb)
        if exc_type is None:
            self._xf.write("\n")
        tmx.__exit__(exc_type, exc, tb)
        self._contexts[0].__exit__(exc_type, exc, tb)
        if exc_type is None:
            self.stream.write(b"\n")


def write_tmx(stream: BinaryIO, header: TmxHeader, units: Iterable[TmxUnit]) -> int:
    """Write a TMX document to a binary stream; return the number of ``<tu>``."""
    with TmxWriter(stream, header) as tmx:
        for unit in units:
            tmx.write(unit)
    return tmx.count


def serialize(unit: TmxUnit) -> bytes:
    """One ``<tu>`` as the writer lays it out, in UTF-8.

    Serializing is most of the cost of writing; done where the units are made
    (a batch's worker processes), it leaves the one writer copying bytes.
    lxml serializes the element; only the indentation around it is added here.
    """
    return b" " + etree.tostring(_tu(unit), encoding="UTF-8") + b"\n"


def _header_attributes(header: TmxHeader) -> dict[str, str]:
    return {
        "creationtool": header.creationtool,
        "creationtoolversion": header.creationtoolversion,
        "segtype": header.segtype,
        "o-tmf": header.o_tmf,
        "adminlang": header.adminlang,
        "srclang": header.srclang,
        "datatype": header.datatype,
        "creationdate": header.creationdate,
    }


def _tu(unit: TmxUnit) -> etree._Element:
    """The ``<tu>``, laid out, every text checked first; nothing is written until it is whole.

    It is filled into a copy of an empty ``<tu>`` of the same shape: lxml
    copies a tree in one call, where building it element by element costs a
    call per element and attribute -- most of the cost of writing a TM.
    """
    _check_texts(unit)
    shape = (len(unit.notes), tuple(t for t, _ in unit.props), tuple(v.lang for v in unit.variants))
    tu = _empty_tu(*shape).__deepcopy__(None)  # lxml copies the tree itself; no copy-module memo needed
    if unit.tuid is not None:
        tu.set("tuid", unit.tuid)
    if unit.srclang is not None:
        tu.set("srclang", unit.srclang)
    children = iter(tu)
    for note in unit.notes:
        next(children).text = note
    for _, value in unit.props:
        next(children).text = value
    for variant in unit.variants:
        tuv = next(children)
        if variant.markup is None:
            tuv[0].text = variant.text
        else:
            seg = _seg_from_markup(variant.markup, f"TU {unit.tuid or 'without id'} ({variant.lang})")
            seg.tail = tuv[0].tail
            tuv.replace(tuv[0], seg)
    return tu


def _check_texts(unit: TmxUnit) -> None:
    """Refuse a TU with a character XML cannot carry, naming the text that holds it.

    All its texts are scanned in one search; only when that finds something
    are they checked one by one, to say where.
    """
    segments = [v.text if v.markup is None else v.markup for v in unit.variants]
    if not _FORBIDDEN.search("".join((unit.tuid or "", *unit.notes, *(v for _, v in unit.props), *segments))):
        return
    name = unit.tuid or "without id"
    if unit.tuid is not None:
        check_text(unit.tuid, f"TU id {unit.tuid!r}")
    for note in unit.notes:
        check_text(note, f"TU {name}, note")
    for prop_type, value in unit.props:
        check_text(value, f"TU {name}, prop {prop_type}")
    for variant, text in zip(unit.variants, segments):
        check_text(text, f"TU {name} ({variant.lang})")


@lru_cache(maxsize=256)
def _empty_tu(notes: int, prop_types: tuple[str, ...], languages: tuple[str, ...]) -> etree._Element:
    """A laid-out ``<tu>`` with empty notes, props and segments; never changed, only copied."""
    tu = etree.Element("tu")
    for _ in range(notes):
        etree.SubElement(tu, "note")
    for prop_type in prop_types:
        etree.SubElement(tu, "prop", type=prop_type)
    for language in languages:
        etree.SubElement(etree.SubElement(tu, "tuv", {XML_LANG: language}), "seg")
    _indent(tu)
    return tu


def _indent(tu: etree._Element) -> None:
    """Lay a ``<tu>`` out on lines; never touch the inside of a ``<seg>`` (mixed content)."""
    tu.text = "\n  "
    for child in tu:
        child.tail = "\n  "
        if child.tag == "tuv":
            child.text = "\n   "
            for seg in child:
                seg.tail = "\n  "
    if len(tu):
        tu[-1].tail = "\n "


def _seg_from_markup(markup: str, where: str) -> etree._Element:
    """A ``<seg>`` holding inline elements, rebuilt from the markup a reader kept (``_check_texts`` checked it)."""
    try:
        return etree.fromstring(f"<seg>{markup}</seg>", safexml.parser())
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"{where}: the segment markup is not well-formed XML ({exc})") from None
