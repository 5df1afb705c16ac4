"""A check of TMX 1.4b files, written from the LISA specification.

It reads the file as a stream and reports each problem with its line:
the structure (``tmx > header, body > tu > (note|prop)*, tuv+``, ``tuv >
(note|prop)*, seg``), the header's required attributes and their values,
``xml:lang`` on every ``tuv`` (not the ``lang`` of TMX 1.1-1.3, which the
1.4 schema refuses), a ``tuv`` in the source language in every
``tu``, unique ``tuid``s, and the inline elements a ``seg`` may hold.
The DTD and the XSD say less than the prose of the spec; this says both.
"""

from __future__ import annotations

import re
from datetime import datetime
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import safexml
from .writer import XML_LANG

REQUIRED_HEADER = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype")
SEGTYPES = frozenset({"block", "paragraph", "sentence", "phrase"})
INLINE = frozenset({"bpt", "ept", "it", "ph", "hi", "ut", "sub"})
_DATE = re.compile(r"^\d{8}T\d{6}Z$")
_LANG = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def check_tmx(path: str | Path) -> list[Problem]:
    """Every problem found in a TMX file; an empty list when it is valid."""
    problems: list[Problem] = []
    srclang = version = None
    tuids: set[str] = set()
    context = safexml.iterparse(str(path), events=("end",))
    try:
        for _, element in context:
            tag = element.tag
            if tag == "header":
                srclang = _check_header(element, problems)
                version = element.getroottree().getroot().get("version")  # <tmx> ends last; its start is read
            elif tag == "tu":
                _check_tu(element, srclang, tuids, problems, version)
                element.clear(keep_tail=True)
                while element.getprevious() is not None:
                    del element.getparent()[0]
            elif tag == "tmx":
                _check_root(element, problems)
    except etree.XMLSyntaxError as exc:
        problems.append(Problem(exc.lineno or 0, f"not well-formed XML: {exc.msg}"))
    return problems


def _check_root(root, problems: list[Problem]) -> None:
    if root.get("version") != "1.4":
        problems.append(Problem(root.sourceline, f"tmx version is {root.get('version')!r}, expected '1.4'"))
    names = [child.tag for child in root]
    if names != ["header", "body"]:
        problems.append(Problem(root.sourceline, f"<tmx> holds {names}, expected [header, body]"))


def _real(date: str) -> bool:
    """Whether a YYYYMMDDThhmmssZ names a moment that exists (not 99999999T999999Z)."""
    try:
        datetime.strptime(date, "%Y%m%dT%H%M%SZ")
    except ValueError:
        return False
    return True


def _check_header(header, problems: list[Problem]) -> str | None:
    line = header.sourceline
    for name in REQUIRED_HEADER:
        if not header.get(name):
            problems.append(Problem(line, f"<header> lacks the required attribute {name}"))
    if header.get("segtype") and header.get("segtype") not in SEGTYPES:
        problems.append(Problem(line, f"segtype {header.get('segtype')!r} is not one of {sorted(SEGTYPES)}"))
    if header.get("o-tmf", "").upper().replace("-", "") in {"UTF8", "UTF16", "ISO88591"}:
        problems.append(Problem(line, f"o-tmf {header.get('o-tmf')!r} names an encoding, not a TM format"))
    for name in ("creationdate", "changedate"):
        date = header.get(name)
        if date is not None and not _DATE.match(date):
            problems.append(Problem(line, f"{name} {date!r} is not YYYYMMDDThhmmssZ"))
        elif date is not None and not _real(date):
            problems.append(Problem(line, f"{name} {date!r} is not a date (month 1-12, day of that month, "
                                          "hour 0-23)"))
    srclang = header.get("srclang")
    if srclang and srclang != "*all*" and not _LANG.match(srclang):
        problems.append(Problem(line, f"srclang {srclang!r} is not a language code"))
    return srclang


def _check_tu(tu, srclang: str | None, tuids: set[str], problems: list[Problem], version: str | None) -> None:
    line = tu.sourceline
    tuid = tu.get("tuid")
    if tuid is not None:
        if tuid in tuids:
            problems.append(Problem(line, f"tuid {tuid!r} is used twice"))
        tuids.add(tuid)
    seen_tuv = False
    languages = []
    for child in tu:
        if child.tag == "tuv":
            seen_tuv = True
            languages.append(_check_tuv(child, problems, version))
        elif child.tag in ("note", "prop"):
            if seen_tuv:
                problems.append(Problem(child.sourceline, f"<{child.tag}> after a <tuv>: it must come first"))
            if child.tag == "prop" and not child.get("type"):
                problems.append(Problem(child.sourceline, "<prop> without a type"))
        else:
            problems.append(Problem(child.sourceline, f"<{child.tag}> is not allowed in <tu>"))
    if not languages:
        problems.append(Problem(line, "<tu> without any <tuv>"))
    source = tu.get("srclang", srclang)
    if source and source != "*all*" and source.lower() not in {lang.lower() for lang in languages if lang}:
        problems.append(Problem(line, f"<tu> has no <tuv> in the source language {source!r}"))


def _check_tuv(tuv, problems: list[Problem], version: str | None) -> str | None:
    language = tuv.get(XML_LANG) or tuv.get("lang")
    if tuv.get("lang") is not None and version == "1.4":  # an older version is reported once, on <tmx>
        problems.append(Problem(tuv.sourceline, "<tuv> has lang, which TMX 1.4 replaced by xml:lang and its schema "
                                                "(enforced by OmegaT 6.1+) refuses; write xml:lang"))
    if language is None:
        problems.append(Problem(tuv.sourceline, "<tuv> without xml:lang"))
    elif not _LANG.match(language):
        problems.append(Problem(tuv.sourceline, f"xml:lang {language!r} is not a language code"))
    segs = [child for child in tuv if child.tag == "seg"]
    if len(segs) != 1:
        problems.append(Problem(tuv.sourceline, f"<tuv> holds {len(segs)} <seg>, expected exactly one"))
    if len(segs) == 1 and tuv[-1] is not segs[0]:
        problems.append(Problem(tuv.sourceline, "<seg> must be the last child of <tuv>"))
    for seg in segs:
        for inline in seg.iter():
            if inline is not seg and inline.tag not in INLINE:
                problems.append(Problem(inline.sourceline, f"<{inline.tag}> is not allowed in <seg>"))
    return language
