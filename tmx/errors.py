"""Errors a user can cause and fix when reading or writing TMX.

The ``tmx`` package stands alone: its errors derive from ``TmxError``, not
from any application's base class.  An application that uses ``tmx`` catches
``TmxError`` beside its own errors (untm: ``align.errors.USER_ERRORS``).
Messages read like untm's own: ``path[:line]: problem; fix``.
"""

from __future__ import annotations


class TmxError(Exception):
    """Base class: a TMX file or a request the tmx package cannot honour."""


class Located:
    """What an error about a file says: where (``path[:line]``), the problem and the fix.  Mixed into an
    exception class (``TmxFileError`` here; untm's ``InputError`` too, so that both read alike)."""

    def __init__(self, path: str, problem: str, fix: str, line: int | None = None):
        self.path = path
        self.line = line
        self.problem = problem
        self.fix = fix
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}; {fix}")


def unreadable(exc: OSError) -> tuple[str, str]:
    """The problem and the fix a file that cannot be read comes to, worded the same for every file untm
    reads (a document, a glossary, SRX rules, a TMX)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file", "check the path"
    if isinstance(exc, IsADirectoryError):
        return "a folder, not a file", "give a file"
    if isinstance(exc, PermissionError):
        return "not allowed to read it", "check its permissions"
    return f"cannot read it ({exc.strerror or exc})", "check the file and the disk"


class TmxFileError(Located, TmxError):
    """A file that cannot be read, or is not a TMX file that can be used."""


class ForbiddenCharacterError(TmxError):
    """Text holds a character that XML 1.0 cannot carry."""

    def __init__(self, where: str, char: str, offset: int):
        self.where = where
        self.char = char
        self.offset = offset
        super().__init__(
            f"{where}: character U+{ord(char):04X} at offset {offset} is not "
            "allowed in XML 1.0; remove it from the input text"
        )
