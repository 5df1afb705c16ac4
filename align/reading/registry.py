"""The readers, in the order they are asked, and reading a file through the one that recognises it.

A new form is one module with a ``Reader`` subclass and one line here.  The
order matters: the first reader that recognises the bytes reads them, and
the text reader, which takes anything, comes last.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import InputError
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


def read_data(data: bytes, path: str, language: str | None = None, symbol: str | None = None) -> Document:
    """A file's bytes, already read (a batch fingerprints the bytes it parses), as a ``Document``."""
    document = reader_for(data).read(data, Request(path, language, symbol))
    if all(unit.kind in (UnitKind.TITLE, UnitKind.FOOTNOTE) for unit in document.units):
        raise InputError(path, "a title and no paragraph of text after it",
                         "give the whole document (a resolution, decision or report)")
    job = job_from_path(path)
    return replace(document, job=job) if job else document


def read_document(path: str | Path, language: str | None = None, symbol: str | None = None) -> Document:
    """Read a file of any form untm knows; ``language`` and ``symbol`` override what it says."""
    return read_data(read_bytes(path), str(path), language, symbol)
