"""The readers, in the order they are asked, and reading a file through the one that recognises it.

A new form is one module with a ``Reader`` subclass and one line here.  The
order matters: the first reader that recognises the bytes reads them, and
the text reader, which takes anything, comes last.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..identify import Identified, identify
from ..languages import language_from_path
from ..model import Document, UnitKind
from .akn import AknReader
from .base import Reader, Request, job_from_path
from .doc import LegacyWordReader
from .docx import DocxReader
from .pdf import PdfReader
from .text import TextReader
from .textfile import read_bytes

READERS: tuple[type[Reader], ...] = (PdfReader, AknReader, DocxReader, LegacyWordReader, TextReader)


def reader_for(data: bytes) -> Reader:
    """The reader of ``data``'s form, told by its content."""
    return next(reader for reader in (kind() for kind in READERS) if reader.recognises(data))


def read_data(data: bytes, path: str, language: str | None = None, symbol: str | None = None,
              fix_language: bool = False) -> Document:
    """A file's bytes, already read (a batch fingerprints the bytes it parses), as a ``Document``.

    Its text must be in the language it is read in (the user's, the document's
    or its name's): one that surely is not -- two files' names swapped, a
    ``--src-lang`` given the wrong way round -- is refused, naming both; with
    ``fix_language`` it is read again in the language its text is in, and
    the document says so in a warning.
    """
    reader = reader_for(data)
    request = Request(path, language, symbol)
    document = reader.read(data, request)
    found = identify(" ".join(u.text for u in document.units if u.kind is not UnitKind.FOOTNOTE))
    named = language_from_path(path)
    if found.contradicts(document.language):
        said = document.language
        if not (fix_language and found.un_language):
            raise InputError(path, f"its text is in {found.language!r} ({found.evidence}), not "
                             f"in {said!r} as it is read", _fix(found))
        document = reader.read(data, replace(request, language=found.un_language))
        document = replace(document, warnings=(f"{path}: its text is in {found.un_language!r}, not in {said!r}: "
                                               f"read as {found.un_language!r}",) + document.warnings)
        named = None  # said already
    if language is None and named is not None and named != document.language:  # the document outranks its name
        document = replace(document, warnings=(f"{path}: its name says {named!r}, but the document says, and its "
                                               f"text is, {document.language!r}: read as {document.language!r}; "
                                               "rename the file",) + document.warnings)
    if all(unit.kind in (UnitKind.TITLE, UnitKind.FOOTNOTE) for unit in document.units):
        raise InputError(path, "a title and no paragraph of text after it",
                         "give the whole document (a resolution, decision or report)")
    job = job_from_path(path)
    return replace(document, job=job) if job else document


def _fix(found: Identified) -> str:
    if found.un_language is None:
        return "untm reads the six UN languages; give a version in one of them"
    return ("check the file and its name (two files' names swapped?) and --src-lang/--tgt-lang, or give "
            "--fix-languages (align, qa, terms, tm analyze) to read it in the language its text is in")


def read_document(path: str | Path, language: str | None = None, symbol: str | None = None,
                  fix_language: bool = False) -> Document:
    """Read a file of any form untm knows; ``language`` and ``symbol`` override what it says."""
    return read_data(read_bytes(path), str(path), language, symbol, fix_language)
