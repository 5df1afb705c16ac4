"""Errors a user can cause and fix.  The CLI maps each to one line and exit 2.

Two families: untm's own (``UntmError``) and those of the ``tmx`` package
(``TmxError``: a TMX that cannot be read, a character XML cannot carry), which
stands alone and so cannot derive its errors from untm's.  ``USER_ERRORS``
holds both: what the CLI, or anything else that reports a user's error rather
than a bug, catches.
"""

from __future__ import annotations

from tmx.errors import ForbiddenCharacterError, Located, TmxError, TmxFileError, unreadable  # noqa: F401  (re-exported)


class UntmError(Exception):
    """Base class: bad input or a request untm cannot honour."""


class InputError(Located, UntmError):
    """An input file that cannot be read or does not have the expected layout (``path[:line]: problem; fix``)."""


class GlossaryLanguagesError(InputError):
    """A glossary with no entry in the two languages asked for."""


class MismatchError(UntmError):
    """The two texts are not versions of the same document."""


class SegmentationRulesError(UntmError):
    """An SRX file that cannot be used."""


class OutputError(UntmError):
    """An output path that would be unsafe to write."""


# What a user can fix (exit 2), as against a bug: ``except USER_ERRORS``.
USER_ERRORS: tuple[type[Exception], ...] = (UntmError, TmxError)
