"""Exporting a TM: TSV with the props as columns, XLIFF 1.2, Moses parallel text."""

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
from .units import LanguagePair

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
    """One row per TU: source, target, tuid, then one column per prop type.

    The file is read twice (streaming): first to learn which prop types occur.
    """
    prop_types = sorted({key for pair in TmxReader(path).pairs(languages.source, languages.target) for key, _ in pair.unit.props})
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    writer = csv.writer(text, dialect="excel-tab", lineterminator="\n")
    reader = TmxReader(path)
    rows = 0
    for pair in reader.pairs(languages.source, languages.target):
        if rows == 0:
            writer.writerow([pair.source.lang, pair.target.lang, "tuid", *prop_types])
        props = dict(pair.unit.props)
        writer.writerow([pair.source.text, pair.target.text, pair.unit.tuid or "", *(props.get(t, "") for t in prop_types)])
        rows += 1
    text.flush()
    text.detach()
    return rows


def export_xliff(path: Path, stream: BinaryIO, languages: LanguagePair, *, original: str | None = None,
                 tool_version: str | None = None) -> int:
    """XLIFF 1.2: one ``<file>`` per language pair read, one ``<trans-unit>`` per TU.

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
                pairs = (p for p in TmxReader(path).pairs(languages.source, languages.target) if _pair_key(p) == key)
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
    for pair in reader.pairs(languages.source, languages.target):
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


def export_moses(path: Path, source_stream: BinaryIO, target_stream: BinaryIO, languages: LanguagePair) -> int:
    """Two line-aligned files; a line break inside a segment becomes a space."""
    rows = 0
    for pair in TmxReader(path).pairs(languages.source, languages.target):
        source_stream.write(_line(pair.source.text))
        target_stream.write(_line(pair.target.text))
        rows += 1
    return rows


def pair_languages(path: Path, languages: LanguagePair) -> tuple[str, str]:
    """The language codes of the first pair read (to name Moses files)."""
    for pair in TmxReader(path).pairs(languages.source, languages.target):
        return pair.source.lang.lower(), pair.target.lang.lower()
    return (languages.source or "source").lower(), (languages.target or "target").lower()


def _line(text: str) -> bytes:
    return (" ".join(text.split()) + "\n").encode("utf-8")


SINGLE_FILE: dict[ExportFormat, Callable[[Path, BinaryIO, LanguagePair], int]] = {
    ExportFormat.TSV: export_tsv,
    ExportFormat.XLIFF: export_xliff,
}
