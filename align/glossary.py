"""Reading a glossary: TBX through translate-toolkit, or a two-column CSV/TSV.

TBX term status (``<termNote type="administrativeStatus">``) gives each
term its role: preferred, admitted (an accepted variant) or deprecated
(forbidden: its use is a deviation).  A CSV/TSV row is ``source, target``
with an optional third column ``preferred|admitted|forbidden`` for the
target; rows with the same source form one entry; a first row
``source,target`` (or the two language codes) is a header.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from lxml import etree
from translate.storage.tbx import tbxfile

from tmx import safexml

from .errors import InputError
from .model import Glossary, GlossaryEntry, Term, TermStatus

_STATUS = {
    "preferredterm-admn-sts": TermStatus.PREFERRED,
    "admittedterm-admn-sts": TermStatus.ADMITTED,
    "deprecatedterm-admn-sts": TermStatus.FORBIDDEN,
    "supersededterm-admn-sts": TermStatus.FORBIDDEN,
    "preferred": TermStatus.PREFERRED,
    "admitted": TermStatus.ADMITTED,
    "deprecated": TermStatus.FORBIDDEN,
    "forbidden": TermStatus.FORBIDDEN,
    "": TermStatus.PREFERRED,
}


def _status(value: str | None, path: str, where: str) -> TermStatus:
    key = (value or "").strip().lower()
    if key not in _STATUS:
        raise InputError(path, f"{where}: unknown term status {value!r}", "use preferred, admitted or forbidden")
    return _STATUS[key]


def read_glossary(path: str | Path, source_lang: str, target_lang: str) -> Glossary:
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read the glossary ({exc.strerror})", "check the path") from None
    if name.lower().endswith(".tbx"):
        entries = _read_tbx(data, name, source_lang, target_lang)
    else:
        entries = _read_table(data, name, source_lang, target_lang)
    if not entries:
        raise InputError(
            name, f"no entry with both a {source_lang} and a {target_lang} term", "check the glossary's languages"
        )
    return Glossary(name, hashlib.sha256(data).hexdigest(), source_lang, target_lang, tuple(entries))


def _read_tbx(data: bytes, path: str, source_lang: str, target_lang: str) -> list[GlossaryEntry]:
    # Read first with the project's safe parser: it gives the line of an error,
    # and refuses what no glossary needs before translate-toolkit sees the file.
    try:
        etree.fromstring(data, safexml.parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"not well-formed XML ({exc.msg})", "give a TBX (martif) file", exc.lineno) from None
    try:
        store = tbxfile(io.BytesIO(data), sourcelanguage=source_lang, targetlanguage=target_lang)
    except Exception as exc:  # translate-toolkit raises lxml and its own errors alike
        raise InputError(path, f"not a readable TBX file ({exc})", "give a TBX (martif) file") from None
    entries = []
    for number, unit in enumerate(store.units, start=1):
        where = f"entry {unit.getid() or number}"
        source = tuple(
            Term(t.text.strip(), _status(t.administrative_status, path, where))
            for t in unit.get_source_terms() if t.text.strip()
        )
        target = tuple(
            Term(t.text.strip(), _status(t.administrative_status, path, where))
            for t in unit.get_target_terms(target_lang) if t.text.strip()
        )
        if source and target:
            entries.append(GlossaryEntry(unit.getid() or str(number), source, target))
    return entries


def _read_table(data: bytes, path: str, source_lang: str, target_lang: str) -> list[GlossaryEntry]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "the glossary is not UTF-8", "save it as UTF-8") from None
    dialect = "excel-tab" if path.lower().endswith((".tsv", ".tab", ".txt")) else "excel"
    by_source: dict[str, list[Term]] = {}
    for line, row in enumerate(csv.reader(io.StringIO(text), dialect=dialect), start=1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if not by_source and [c.strip().lower() for c in row[:2]] in (["source", "target"], [source_lang, target_lang]):
            continue  # a header row
        if len(row) < 2:
            raise InputError(path, "a row with one column", "write source and target, separated by a comma or tab", line)
        status = _status(row[2] if len(row) > 2 else "", path, f"row {line}")
        by_source.setdefault(row[0].strip(), []).append(Term(row[1].strip(), status))
    return [
        GlossaryEntry(str(n), (Term(source),), tuple(targets))
        for n, (source, targets) in enumerate(by_source.items(), start=1)
    ]
