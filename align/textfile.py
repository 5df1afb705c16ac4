"""Reading text files as they come from PDF extraction and office tools.

UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and
Windows-1252 are recognised; CRLF and CR line ends become LF.  A file that is
none of these is refused rather than guessed at.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Windows-1252 leaves five bytes undefined; a file holding them is not text.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return the text of ``data`` and the encoding it was read as."""
    if not data.strip():
        raise InputError(path, "the file is empty", "give the text of the document")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"the file starts with a {encoding} byte-order mark but byte "
                    f"{exc.start} does not decode",
                    "save it again as UTF-8",
                ) from None
    if b"\x00" in data:
        raise InputError(
            path,
            "the file holds NUL bytes: it is binary, or UTF-16 without a byte-order mark",
            "give a plain-text file (UTF-8 is best)",
        )
    try:
        return _normalise(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if _CP1252_HOLES.isdisjoint(data):
        return _normalise(data.decode("cp1252")), "cp1252"
    raise InputError(
        path,
        "the file is neither UTF-8, UTF-16 nor Windows-1252 text",
        "save it again as UTF-8",
    )


def read_text(path: str | Path) -> tuple[str, str]:
    """Read and decode a text file; errors name the file and the fix."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(name, "this is a directory", "give a text file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file ({exc.strerror})", "check its permissions") from None
    return decode(data, name)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
