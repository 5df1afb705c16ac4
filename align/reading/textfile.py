"""Reading text files as they come from PDF extraction and office tools.

UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and
Windows-1252 are recognised; CRLF and CR line ends become LF.  A file that is
none of these is refused rather than guessed at.
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from ..errors import InputError, unreadable

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
            "the file holds NUL bytes: it is binary (not a PDF, Word or Akoma Ntoso file either), "
            "or UTF-16 without a byte-order mark",
            "give a PDF, a Word file, Akoma Ntoso XML or a plain-text file (UTF-8 is best)",
        )
    try:
        return _normalise(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        _refuse_broken_utf8(data, exc, path)
    if _CP1252_HOLES.isdisjoint(data):
        text = data.decode("cp1252")
        if _looks_like_latin_text(text):
            return _normalise(text), "cp1252"
    raise InputError(
        path,
        "the file is neither UTF-8, UTF-16 nor Windows-1252 text",
        "save it again as UTF-8",
    )


def _refuse_broken_utf8(data: bytes, exc: UnicodeDecodeError, path: str) -> None:
    """UTF-8 with a bad byte is a damaged UTF-8 file, not Windows-1252: say where."""
    valid = data[: exc.start]
    if any(byte >= 0xC2 for byte in valid) or exc.reason == "unexpected end of data":
        line = valid.count(b"\n") + 1
        what = "ends in the middle of a character (a truncated file?)" if exc.reason == "unexpected end of data" \
            else f"is UTF-8 but byte {exc.start} (0x{data[exc.start]:02X}) is not"
        raise InputError(path, f"the file {what}", "repair the file or export it again as UTF-8", line)


def _looks_like_latin_text(text: str) -> bool:
    """Windows-1252 text in a UN language is mostly ASCII letters; a Cyrillic or Asian
    encoding read as Windows-1252 is mostly accented Latin letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    return sum(c.isascii() for c in letters) / len(letters) >= 0.7


STDIN = "-"  # the file name that means standard input, as Unix tools have it


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes (``-``: standard input's); errors name the file and the fix."""
    name = str(path)
    if name == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(name, *unreadable(exc)) from None


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
