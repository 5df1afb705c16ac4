"""The one way this project reads XML: no entity resolved, no DTD loaded, no network.

Every XML read (TMX, SRX, inline markup) goes through these factories, so
that an external entity can never pull a file or a URL into the output and
an entity-expansion bomb fails at once instead of filling memory.
"""

from __future__ import annotations

from lxml import etree

_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False}


def parser(huge: bool = False) -> etree.XMLParser:
    """A parser for a document held in memory."""
    return etree.XMLParser(huge_tree=huge, **_OPTIONS)


def iterparse(path, **options) -> etree.iterparse:
    """A streaming reader of a file, or of a file object (``huge_tree`` on: a TM may hold very long segments)."""
    return etree.iterparse(path, huge_tree=True, **_OPTIONS, **options)
