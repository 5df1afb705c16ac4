"""Errors a user can cause and fix.  The CLI maps each to one line and exit 2."""

from __future__ import annotations


class UntmError(Exception):
    """Base class: bad input or a request untm cannot honour."""


class InputError(UntmError):
    """An input file that cannot be read or does not have the expected layout."""

    def __init__(self, path: str, problem: str, fix: str, line: int | None = None):
        self.path = path
        self.line = line
        self.problem = problem
        self.fix = fix
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}; {fix}")


class MismatchError(UntmError):
    """The two texts are not versions of the same document."""


class SegmentationRulesError(UntmError):
    """An SRX file that cannot be used."""


class ForbiddenCharacterError(UntmError):
    """Text holds a character that XML 1.0 cannot carry."""

    def __init__(self, where: str, char: str, offset: int):
        self.where = where
        self.char = char
        self.offset = offset
        super().__init__(
            f"{where}: character U+{ord(char):04X} at offset {offset} is not "
            "allowed in XML 1.0; remove it from the input text"
        )


class OutputError(UntmError):
    """An output path that would be unsafe to write."""
