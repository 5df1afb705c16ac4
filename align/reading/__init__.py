"""Reading a language version of a document, whatever its form, into a ``Document``.

One module per form (``text``, ``akn``, ``pdf``, ``docx``, ``doc``), each a
``Reader`` (``base.py``); ``registry.py`` lists them and picks the one that
recognises a file's bytes; ``structure.py`` gives the paragraphs of every
form their ids.
"""

from .registry import read_data, read_document

__all__ = ["read_data", "read_document"]
