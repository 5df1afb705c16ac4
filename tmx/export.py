"""Exporting a TM of two languages or more: TSV with a column per language and the props as columns,
XLIFF 1.2 with a ``<file>`` per target language, Moses parallel text with a file per language."""

from __future__ import annotations

import csv
import enum
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from .reader import TmPair, TmxReader
from .units import LanguagePair, TmxUnit

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_SPACE = f"{{{XML_NS}}}space"
NEEDS_REVIEW = "needs-review-translation"
_XTEND = re.compile(r"x-\S+")  # XLIFF 1.2's pattern for user-defined values


class ExportFormat(enum.Enum):
    TSV = "tsv"
    XLIFF = "xliff"
    MOSES = "moses"


def export_tsv(path: Path, stream: BinaryIO, languages: LanguagePair) -> int:
    """One row per TU: a column per language (the source first; the two of ``languages`` when its target is
    given, else every language the TM holds, a cell left empty where a TU lacks one), tuid, then one column
    per prop type.

    The file is read twice (streaming): first to learn the languages and the prop types.
    """
    plan = _columns(path, languages)
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    writer = csv.writer(text, dialect="excel-tab", lineterminator="\n")
    rows = 0
    for unit, cells in _rows(path, languages, plan.languages):
        if rows == 0:
            writer.writerow([*plan.languages, "tuid", *plan.props])
        props = dict(unit.props)
        writer.writerow([*(cell.text if cell else "" for cell in cells), unit.tuid or "",
                         *(props.get(t, "") for t in plan.props)])
        rows += 1
    text.flush()
    text.detach()
    return rows


@dataclass(frozen=True)
class _Columns:
    languages: tuple[str, ...]  # the source's first, each as the TM first spells it
    props: tuple[str, ...]


def _columns(path: Path, languages: LanguagePair) -> _Columns:
    """The languages an export has a column (or a Moses file) for, and the prop types, from a first read."""
    codes: dict[str, str] = {}
    props: set[str] = set()
    for pair in TmxReader(path).each_pair(languages.source, languages.target):
        for variant in (pair.source, pair.target):
            codes.setdefault(variant.lang.lower(), variant.lang)
        props.update(key for key, _ in pair.unit.props)
    return _Columns(tuple(codes.values()), tuple(sorted(props)))


def _rows(path: Path, languages: LanguagePair, columns: tuple[str, ...]) -> Iterator[tuple[TmxUnit, list]]:
    """Each TU with a source (and the target asked for), and its variant in each column's language."""
    if languages.target:
        for pair in TmxReader(path).pairs(languages.source, languages.target):
            yield pair.unit, [pair.source, pair.target]
        return
    seen = None
    for pair in TmxReader(path).each_pair(languages.source):
        if pair.unit is seen:
            continue  # a TU of several languages is one row
        seen = pair.unit
        yield pair.unit, [pair.source, *(_exact(pair.unit, code) for code in columns[1:])]


def _exact(unit: TmxUnit, code: str):
    return next((v for v in unit.variants if v.lang.lower() == code.lower()), None)


def export_xliff(path: Path, stream: BinaryIO, languages: LanguagePair, *, original: str | None = None,
                 tool_version: str | None = None) -> int:
    """XLIFF 1.2: one ``<file>`` per language pair read (the source with each target: a TM of six languages
    gives five), one ``<trans-unit>`` per TU.

    ``original`` names the ``<file>``s (default: the TMX file's name);
    ``tool_version`` is the ``<tool>``'s (default: the installed untm's).  Machine
    alignments are not approved: each ``<target>`` is ``needs-review-translation``.
    The TMX ``<prop>``s become a ``<context-group>``, its ``<note>``s ``<note>``s.

    Written with lxml, not translate-toolkit: its ``xlifffile`` starts from a
    skeleton in the 1.1 namespace (``version="1.1"``, ``original="NoName"``),
    its ``unit.target`` setter marks every unit ``approved="yes"``, and it holds
    the whole document in memory where the TMX is streamed.  The TMX is read
    once to learn the language pairs and the tuids (ids must be unique within
    a ``<file>``), then once per ``<file>``; only the tuids are kept in memory.
    """
    original = original or Path(path).name
    tool_version = tool_version or _untm_version()
    plan = _xliff_plan(path, languages)
    rows = 0
    with etree.xmlfile(stream, encoding="UTF-8") as xf:
        xf.write_declaration()
        # the xml prefix is declared (as Namespaces in XML allows) so that lxml's
        # incremental writer does not bind xml:space to a made-up prefix
        with xf.element(_x("xliff"), nsmap={None: XLIFF_NS, "xml": XML_NS}, version="1.2"):
            if not plan.files:
                _write_xliff_file(xf, original, tool_version, (plan.default_source, plan.default_target), ())
            for key, tuids in plan.files.items():
                pairs = (p for p in TmxReader(path).each_pair(languages.source, languages.target) if _pair_key(p) == key)
                rows += _write_xliff_file(xf, original, tool_version, plan.codes[key], _with_ids(pairs, tuids))
            xf.write("\n")
    stream.write(b"\n")
    return rows


def _untm_version() -> str:
    """The version of the distribution this package is part of (untm), read from its metadata: the tmx package
    imports nothing of the application, and only an XLIFF export pays for ``importlib.metadata``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("untm")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"


@dataclass
class _XliffPlan:
    """What a first read of the TMX tells: the language pairs (one ``<file>`` each) and their tuids."""

    files: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    codes: dict[tuple[str, str], tuple[str, str | None]] = field(default_factory=dict)
    default_source: str = "und"
    default_target: str | None = None


def _xliff_plan(path: Path, languages: LanguagePair) -> _XliffPlan:
    plan = _XliffPlan()
    reader = TmxReader(path)
    for pair in reader.each_pair(languages.source, languages.target):
        key = _pair_key(pair)
        if key not in plan.files:
            plan.files[key] = Counter()
            plan.codes[key] = (_language(pair.source.lang), _language(pair.target.lang))
        if pair.unit.tuid:
            plan.files[key][pair.unit.tuid] += 1
    header = reader.info.srclang if reader.info and reader.info.srclang != "*all*" else ""
    plan.default_source = _language(languages.source or header or "und")
    plan.default_target = _language(languages.target) if languages.target else None
    return plan


def _pair_key(pair: TmPair) -> tuple[str, str]:
    return _language(pair.source.lang).lower(), _language(pair.target.lang).lower()


def _language(code: str) -> str:
    """An ``xml:lang``-style code (XLIFF's ``source-language`` is ``xsd:language``: no ``_``)."""
    return code.replace("_", "-")


def _with_ids(pairs: Iterator[TmPair], tuids: Counter[str]) -> Iterator[tuple[str, TmPair]]:
    """Each pair with its ``<trans-unit>`` id: its tuid when no other TU of the ``<file>`` has it,
    else the next running number that is no such tuid (so ids stay unique within the ``<file>``)."""
    unique = {tuid for tuid, count in tuids.items() if count == 1}
    number = 0
    for pair in pairs:
        if pair.unit.tuid in unique:
            yield pair.unit.tuid, pair
            continue
        number += 1
        while str(number) in unique:
            number += 1
        yield str(number), pair


def _write_xliff_file(xf, original: str, tool_version: str, codes: tuple[str, str | None],
                      units: Iterable[tuple[str, TmPair]]) -> int:
    source, target = codes
    attributes = {"original": original, "source-language": source, "datatype": "plaintext", "tool-id": "untm"}
    if target:
        attributes["target-language"] = target
    rows = 0
    xf.write("\n")
    with xf.element(_x("file"), attributes):
        xf.write("\n")
        with xf.element(_x("header")):
            _leaf(xf, "tool", {"tool-id": "untm", "tool-name": "untm", "tool-version": tool_version})
        xf.write("\n")
        with xf.element(_x("body")):
            for unit_id, pair in units:
                xf.write("\n")
                _write_trans_unit(xf, unit_id, pair)
                rows += 1
            xf.write("\n")
        xf.write("\n")
    return rows


def _write_trans_unit(xf, unit_id: str, pair: TmPair) -> None:
    """``<source>``, ``<target>``, the props as ``<context>``s, the notes; whitespace kept as it is.

    Written element by element (not as a built subtree, which lxml would give
    its own ``xmlns`` each time).
    """
    with xf.element(_x("trans-unit"), {"id": unit_id, XML_SPACE: "preserve"}):
        _leaf(xf, "source", {}, pair.source.text)
        _leaf(xf, "target", {"state": NEEDS_REVIEW}, pair.target.text)
        if pair.unit.props:
            # no name: a context-group's name must be unique within its <file>
            with xf.element(_x("context-group"), purpose="information"):
                for prop_type, value in pair.unit.props:
                    _leaf(xf, "context", {"context-type": _context_type(prop_type)}, value)
        for note in pair.unit.notes:
            _leaf(xf, "note", {}, note)


def _leaf(xf, tag: str, attributes: dict[str, str], text: str = "") -> None:
    with xf.element(_x(tag), attributes):
        if text:
            xf.write(text)


def _context_type(prop_type: str) -> str:
    """A TMX prop type as an XLIFF ``context-type``: user-defined values must read ``x-...``."""
    if _XTEND.fullmatch(prop_type):
        return prop_type
    return "x-" + ("-".join(prop_type.split()) or "prop")


def _x(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def export_moses(path: Path, streams: dict[str, BinaryIO], languages: LanguagePair) -> tuple[int, int]:
    """Line-aligned files, one per language of ``moses_languages`` (``streams`` by code): a line for each TU
    that holds every one of them, a line break inside a segment made a space.  Returns the lines written and
    the TUs left out for lacking a language (parallel text has no empty lines)."""
    codes = tuple(streams)
    rows = left_out = 0
    for unit, cells in _rows(path, languages, codes):
        if any(cell is None for cell in cells):
            left_out += 1
            continue
        for code, cell in zip(codes, cells):
            streams[code].write(_line(cell.text))
        rows += 1
    return rows, left_out


def moses_languages(path: Path, languages: LanguagePair) -> tuple[str, ...]:
    """The languages a Moses export writes a file for, the source's first (names ``OUT.<code>``)."""
    found = _columns(path, languages).languages
    if found:
        return found
    return tuple(code for code in (languages.source or "source", languages.target or "target"))


def _line(text: str) -> bytes:
    return (" ".join(text.split()) + "\n").encode("utf-8")


SINGLE_FILE: dict[ExportFormat, Callable[[Path, BinaryIO, LanguagePair], int]] = {
    ExportFormat.TSV: export_tsv,
    ExportFormat.XLIFF: export_xliff,
}
