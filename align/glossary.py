"""Reading a glossary: TBX (2 or 3), or a two-column CSV/TSV.

TBX term status (``<termNote type="administrativeStatus">``) gives each
term its role: preferred, admitted (an accepted variant) or deprecated
(forbidden: its use is a deviation).  A CSV/TSV row is ``source, target``
with an optional third column ``preferred|admitted|forbidden`` for the
target; rows with the same source form one entry.

A table is what spreadsheets write: its delimiter (comma, semicolon or tab)
is found by ``csv.Sniffer``, not by the file's extension; it is UTF-8 (a BOM
is fine), UTF-16 with a BOM, or else Windows-1252, which Excel writes in
western locales, read so with a warning.  A first row that names the job's
languages (``fr,en``, ``French;English``, ``FR-fr``), or ``source`` and
``target``, is a header, and its columns are read in the order it gives
(other languages' columns are left aside, a column headed ``status`` holds
the status); a header naming other languages and not the job's is an error.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tmx import safexml

from .errors import GlossaryLanguagesError, InputError, unreadable
from .languages import base_language
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


@dataclass(frozen=True)
class ReadGlossary(Glossary):
    """A glossary as read, with what the user should be told of the reading (an encoding guessed)."""

    warnings: tuple[str, ...] = ()


def read_glossary(path: str | Path, source_lang: str, target_lang: str) -> ReadGlossary:
    """The glossary's entries for ``source_lang`` -> ``target_lang``; its ``warnings`` are for the user."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(name, *unreadable(exc)) from None
    warnings: list[str] = []
    if name.lower().endswith(".tbx"):
        entries = _read_tbx(data, name, source_lang, target_lang)
    else:
        entries = _read_table(data, name, source_lang, target_lang, warnings)
    if not entries:
        raise GlossaryLanguagesError(
            name, f"no entry with both a {source_lang} and a {target_lang} term", "check the glossary's languages"
        )
    return ReadGlossary(name, hashlib.sha256(data).hexdigest(), source_lang, target_lang, tuple(entries),
                        warnings=tuple(warnings))


# TBX is read with lxml, not translate-toolkit's ``tbxfile``: importing that pulls in its storage base,
# LISA layer and placeables, a third of the time of a whole ``untm align`` on a short resolution, to walk
# three levels of elements.  It also reads only ``tig`` (not ``ntig``/``termGrp``) and matches ``xml:lang``
# exactly (``fr-FR`` is not ``fr``); this walk reads TBX 2 (``martif``: termEntry/langSet/tig|ntig) and
# TBX 3 (``tbx``: conceptEntry/langSec/termSec) alike, languages by their primary subtag.  A test keeps
# translate-toolkit's reading of the shipped glossary as the reference.
_ENTRY, _LANGUAGE, _TERM_HOLDER = {"termEntry", "conceptEntry"}, {"langSet", "langSec"}, {"tig", "ntig", "termSec"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _terms(lang_set, path: str, where: str) -> tuple[Term, ...]:
    terms = []
    for holder in lang_set.iter():
        if _local(holder) not in _TERM_HOLDER:
            continue
        term = next((e for e in holder.iter() if _local(e) == "term"), None)
        text = " ".join("".join(term.itertext()).split()) if term is not None else ""
        status = next((e.text for e in holder.iter()
                       if _local(e) == "termNote" and e.get("type") == "administrativeStatus"), None)
        if text:
            terms.append(Term(text, _status(status, path, where)))
    return tuple(terms)


def _read_tbx(data: bytes, path: str, source_lang: str, target_lang: str) -> list[GlossaryEntry]:
    try:
        root = etree.fromstring(data, safexml.parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"not well-formed XML ({exc.msg})", "give a TBX (martif) file", exc.lineno) from None
    if _local(root) not in {"martif", "tbx"}:
        raise InputError(path, f"not a TBX file: its root element is <{_local(root) or root.tag}>",
                         "give a TBX file (<martif> or <tbx>)", root.sourceline)
    wanted = {base_language(source_lang): 0, base_language(target_lang): 1}
    entries = []
    for number, entry in enumerate((e for e in root.iter() if _local(e) in _ENTRY), start=1):
        name = entry.get("id") or str(number)
        found: tuple[list[Term], list[Term]] = ([], [])
        for lang_set in entry:
            side = wanted.get(base_language(lang_set.get(_XML_LANG))) if _local(lang_set) in _LANGUAGE else None
            if side is not None:
                found[side].extend(_terms(lang_set, path, f"entry {name} (line {lang_set.sourceline})"))
        if found[0] and found[1]:
            entries.append(GlossaryEntry(name, tuple(found[0]), tuple(found[1])))
    return entries


def _read_table(data: bytes, path: str, source_lang: str, target_lang: str, warnings: list[str]) -> list[GlossaryEntry]:
    text = _decode(data, path, warnings)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, path))
    columns: _Columns | None = None
    by_source: dict[str, list[Term]] = {}
    for line, row in enumerate(reader, start=1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if columns is None:
            columns = _header(row, path, line, source_lang, target_lang)
            if columns is not None:
                continue
            columns = _Columns(0, 1, 2)  # no header: source, target, [status]
        if len(row) < 2:
            raise InputError(path, "a row with one column",
                             "write source and target, separated by a comma, semicolon or tab", line)
        source = row[columns.source].strip() if columns.source < len(row) else ""
        target = row[columns.target].strip() if columns.target < len(row) else ""
        if not source or not target:
            continue  # a concept with no term in one of the two languages (a multilingual glossary's hole)
        value = row[columns.status] if columns.status is not None and columns.status < len(row) else ""
        by_source.setdefault(source, []).append(Term(target, _status(value, path, f"row {line}")))
    return [
        GlossaryEntry(str(n), (Term(source),), tuple(targets))
        for n, (source, targets) in enumerate(by_source.items(), start=1)
    ]


# --- the text and its delimiter ---------------------------------------------

_DELIMITERS = ",;\t"


def _decode(data: bytes, path: str, warnings: list[str]) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM, or else Windows-1252, said in a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "the glossary starts as UTF-16 but is not", "save it as UTF-8") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
    try:  # a UTF-8 BOM over Windows-1252 bytes (a tool added it, an editor kept the bytes) says nothing
        text = data.removeprefix(b"\xef\xbb\xbf").decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, "the glossary is not UTF-8", "save it as UTF-8", line) from None
    if "\x00" in text:
        raise InputError(path, "the glossary is not UTF-8 (nor text)", "save it as UTF-8", line)
    warnings.append(f"{path}: the glossary is not UTF-8 (line {line}); it was read as Windows-1252, "
                    "as Excel writes it in western locales: check its accented terms, or save it as UTF-8")
    return text


def _delimiter(text: str, path: str) -> str:
    """The delimiter ``csv.Sniffer`` finds; where it finds none, the one most lines hold.

    The extension's delimiter (tab for .tsv/.tab/.txt) wins a tie: a TSV whose
    every term holds one comma is still a TSV.
    """
    usual = "\t" if path.lower().endswith((".tsv", ".tab", ".txt")) else ","
    lines = [line for line in text.splitlines()[:200] if line.strip() and not line.startswith("#")]
    sniffer = csv.Sniffer()
    sniffer.preferred = [usual] + [d for d in _DELIMITERS if d != usual]
    try:
        return sniffer.sniff("\n".join(lines)[:65536], delimiters=_DELIMITERS).delimiter
    except csv.Error:  # rows of unequal length (a status column on some rows), or one column
        return max(sniffer.preferred, key=lambda d: sum(d in line for line in lines))


# --- the header -------------------------------------------------------------

@dataclass(frozen=True)
class _Columns:
    source: int
    target: int
    status: int | None


# The six languages untm reads, named in each of them, without accents too: a header may name them so.
_NAMES = {
    "ar": ("arabic", "arabe", "árabe", "арабский", "العربية", "阿拉伯文", "阿拉伯语"),
    "en": ("english", "anglais", "inglés", "ingles", "английский", "الإنكليزية", "الإنجليزية", "英文", "英语"),
    "es": ("spanish", "espagnol", "español", "espanol", "испанский", "الإسبانية", "西班牙文", "西班牙语"),
    "fr": ("french", "français", "francais", "francés", "frances", "французский", "الفرنسية", "法文", "法语"),
    "ru": ("russian", "russe", "ruso", "русский", "الروسية", "俄文", "俄语"),
    "zh": ("chinese", "chinois", "chino", "китайский", "الصينية", "中文", "汉语", "中文(简体)"),
}
_BY_NAME = {name: code for code, names in _NAMES.items() for name in names}
_ROLES = {
    "source": "source", "src": "source", "source term": "source", "source language": "source",
    "target": "target", "tgt": "target", "target term": "target", "target language": "target",
    "status": "status", "statut": "status", "term status": "status",
}
# cells that say a row is a header though it names no language: its columns are then source, target
_HEADER_WORDS = {"term", "terms", "terme", "termes", "translation", "traduction", "note", "notes", "comment",
                 "comments", "definition", "définition", "context", "contexte", "domain", "domaine", "id"}
# A code of two letters, or with a region or script (``de-CH``); of three letters (``FAO``, ``ILO`` are codes
# too) only the six languages' ISO 639-2 codes, so that a first row of acronyms is not taken for a header.
_TAG = re.compile(r"[A-Za-z]{2}|[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})+|ara|chi|zho|eng|spa|fra|fre|rus", re.I)


def _language(cell: str) -> str | None:
    """The language code a header cell names (``fr`` for ``French``, ``FR``, ``fr-FR``, ``fra``), or ``None``."""
    cell = cell.strip()
    if code := _BY_NAME.get(cell.lower()):
        return code
    tag = cell.replace("_", "-")
    import langcodes  # only a header row needs it

    if _TAG.fullmatch(cell) and langcodes.tag_is_valid(tag):
        return langcodes.get(tag).language
    return None


def _kind(cell: str, source_lang: str, target_lang: str) -> str | None:
    """What a header cell names: ``source``, ``target``, ``status``, ``language`` (another), ``word``, or nothing."""
    key = " ".join(cell.split()).lower()
    if key in _ROLES:
        return _ROLES[key]
    code = _language(cell)
    if code is not None:
        return {_language(source_lang): "source", _language(target_lang): "target"}.get(code, "language")
    return "word" if key in _HEADER_WORDS else None


def _header(row: list[str], path: str, line: int, source_lang: str, target_lang: str) -> _Columns | None:
    """The columns a first row names as a header, or ``None`` when it is a row of terms."""
    kinds = [_kind(cell, source_lang, target_lang) for cell in row]
    roles = [k for k in kinds if k in ("source", "target", "status")]
    if len(roles) != len(set(roles)):
        return None  # "English,anglais" in an en-fr glossary names one language twice: a pair of terms
    if not roles and not (len(row) >= 2 and all(k in ("word", "language") for k in kinds[:2])):
        return None  # names none of the job's languages and does not look like a header ("Term;Translation")
    # A column the header does not name is not taken for a language it lacks: "English;Deutsch" is no en-fr header.
    others = [cell.strip() for cell, k in zip(row, kinds) if k == "language" or (k is None and cell.strip())]
    free = [i for i, (cell, k) in enumerate(zip(row, kinds)) if k == "word" or not cell.strip()]
    found = {role: kinds.index(role) for role in ("source", "target") if role in kinds}
    missing = [lang for role, lang in (("source", source_lang), ("target", target_lang)) if role not in found]
    if missing and others:
        raise InputError(
            path, f"row {line}, the header, names {', '.join(map(repr, others))} and no {' nor '.join(missing)} "
            f"column, but the terms are wanted {source_lang} -> {target_lang}",
            f"give a glossary with {source_lang} and {target_lang} terms, or head its columns "
            f"{source_lang} and {target_lang} (or source and target)", line,
        )
    for role in ("source", "target"):
        if role not in found and free:
            found[role] = free.pop(0)
    if len(found) < 2:
        raise InputError(path, f"row {line}, the header, does not say which column holds the {source_lang} terms "
                         f"and which the {target_lang} terms", f"head them {source_lang} and {target_lang}", line)
    status = kinds.index("status") if "status" in kinds else None
    if status is None and (len(row) < 3 or not row[2].strip()) and 2 not in found.values():
        status = 2  # a header of two cells over rows of three: the third is the status, as without a header
    return _Columns(found["source"], found["target"], status)
