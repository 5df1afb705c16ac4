"""What every reader shares: a form, a description, ``recognises`` and ``read``.

A reader takes a file's bytes -- its form told by its content (magic bytes,
root element), never by its name alone -- and returns the ``Document`` every
later stage takes.  The language and the symbol are, in this order: what
the user gave (``--src-lang``, ``--symbol``), what the document itself says
(Akoma Ntoso's ``FRBRlanguage`` and ``docNumber``, a symbol block, the
title line), what the file name says (``A_RES_57_263.fr.txt``,
``A_RES_79_236-2424614F.xml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from ..errors import InputError
from ..languages import language_from_code, language_from_path, language_from_text
from ..model import Document


@dataclass(frozen=True)
class Request:
    """A file to read and what the user said of it (``None``: let the document say)."""

    path: str
    language: str | None = None
    symbol: str | None = None


class Reader:
    form: ClassVar[str]
    description: ClassVar[str]

    def recognises(self, data: bytes) -> bool:
        """Whether ``data`` is in this reader's form, judged by content only."""
        raise NotImplementedError

    def read(self, data: bytes, request: Request) -> Document:
        raise NotImplementedError


def language_of(request: Request, declared: str | None = None, text: str = "") -> tuple[str, str | None]:
    """The language to read ``request`` in: the user's, else the document's, else the file name's,
    else the one its ``text`` is written in -- with the warning that says so, as that is a guess."""
    if request.language:
        return request.language, None
    if declared and (code := language_from_code(declared)):
        return code, None
    code = language_from_path(request.path)
    if code is not None:
        return code, None
    code = language_from_text(text)
    if code is None:
        raise InputError(
            request.path,
            "cannot tell the language: the document does not say, nor does the file name, nor can its text tell",
            "name it like A_RES_57_263.fr.txt or give --src-lang/--tgt-lang",
        )
    return code, (f"{request.path}: neither the document nor its name says its language: read as {code!r}, "
                  "the language its text is written in; give --src-lang/--tgt-lang to say otherwise")


# The UN's job number in its file names: A_RES_79_236-2424614F.xml, N1730150.DOC.
_JOB = re.compile(r"(?:-(\d{7})[ACEFRS]|^N(\d{7}))\.[A-Za-z]+$")


def job_from_path(path: str) -> str | None:
    """The job number a UN file name carries: the same for every language version of a document."""
    match = _JOB.search(path.replace("\\", "/").rsplit("/", 1)[-1])
    return (match.group(1) or match.group(2)) if match else None
