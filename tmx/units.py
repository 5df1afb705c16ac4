"""The records of a translation memory: a TMX header, its TUs and their variants.

Frozen records, as the rest of untm's data model (``align.model`` re-exports
them); they belong here so that the ``tmx`` package stands alone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TmxHeader:
    """The attributes of a TMX 1.4b ``<header>`` (all required ones)."""

    srclang: str
    segtype: str  # block | paragraph | sentence | phrase
    creationdate: str  # YYYYMMDDThhmmssZ
    creationtoolversion: str
    adminlang: str = "en"
    datatype: str = "plaintext"
    o_tmf: str = "untm"
    creationtool: str = "untm"


@dataclass(frozen=True)
class LanguagePair:
    """The languages to read from a multilingual TM; ``None``: as the file says."""

    source: str | None = None
    target: str | None = None


@dataclass(frozen=True)
class Variant:
    """The text of a ``<tuv>``.

    ``text`` is plain text: inline codes (``bpt``, ``ept``, ``ph``, ``it``,
    ``ut``) left out, ``hi`` kept.  ``markup`` is the ``<seg>`` content as XML
    when it holds inline elements, so that a TM read and written again keeps
    them.
    """

    lang: str
    text: str
    markup: str | None = None


@dataclass(frozen=True)
class TmxUnit:
    """One ``<tu>``: an id, ``<prop>``s and ``<note>``s, and its variants."""

    tuid: str | None
    variants: tuple[Variant, ...]
    props: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    srclang: str | None = None  # when it differs from the header's
    line: int | None = None  # where a reader found it

    def prop(self, prop_type: str) -> str | None:
        for key, value in self.props:
            if key == prop_type:
                return value
        return None
