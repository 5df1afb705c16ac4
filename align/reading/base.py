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
from ..identify import identify
from ..languages import UN_FILE, language_from_code, language_from_path, named_language, other_language
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


def language_of(request: Request, declared: str | None = None, text: str = "",
                fallback: str | None = None) -> tuple[str, str | None]:
    """The language to read ``request`` in, and a warning when it is a guess.

    In this order: the user's; what the document declares (Akoma Ntoso's
    ``FRBRlanguage``); the file name's; ``fallback``, what the document says
    weakly (a Word template's default language), where its text does not say
    otherwise; the language its ``text`` is written in, with a warning.  A
    document or a name that says it is in a language other than the six
    (German) is read in it, by structure, with a warning that the checks of
    numbers and dates are off for it: untm has no profile of its conventions.
    """
    if request.language:
        return request.language, None
    for code, said in ((declared, "the document says"), (named_language(request.path), "the file name says")):
        if other := other_language(code):
            return other, (f"{request.path}: {said} it is in {other!r}, a language untm has no profile for: read "
                           f"by its structure, with no lexicon; the numbers and dates checks are off for it")
    if declared and (code := language_from_code(declared)):
        return code, None
    if code := language_from_path(request.path):
        return code, None
    found = identify(text) if text.strip() else None
    guessed = found.un_language if found and found.sure else None
    if fallback and (code := language_from_code(fallback)) and guessed in (None, code):
        return code, None
    if guessed is None:
        raise InputError(
            request.path,
            "cannot tell the language: the document does not say, nor does the file name, nor can its text tell",
            "name it like A_RES_57_263.fr.txt or give --src-lang/--tgt-lang",
        )
    return guessed, (f"{request.path}: neither the document nor its name says its language: read as "
                     f"{guessed!r}, the language its text is written in; give --src-lang/--tgt-lang to say otherwise")


# The job number alone, as the UN names its Word files: N1730150.DOC.
_JOB_FILE = re.compile(r"^N(?P<job>\d{7})\.[A-Za-z]+$")


def job_from_path(path: str) -> str | None:
    """The job number a UN file name carries (A_RES_79_236-2424614F.xml, N1730150.DOC): the same for every
    language version of a document."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    match = UN_FILE.match(name) or _JOB_FILE.match(name)
    return match["job"] if match else None
