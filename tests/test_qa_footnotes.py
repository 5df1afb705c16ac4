from __future__ import annotations

from align.aligner import align_documents
from align.reading.text import parse_text
from align.qa.base import QaContext
from align.qa.footnotes import FootnotesCheck
from align.srx import default_rules

from .conftest import FR
from .qa_helpers import found


def test_a_call_moved_to_another_unit_is_reported_in_both(en_doc):
    text = FR.read_text(encoding="utf-8").replace("Sud-Sud2", "Sud-Sud").replace("Millénaire3", "Millénaire2 3")
    french = parse_text(text, language="fr", path="moved.fr.txt")
    results = found(FootnotesCheck(), QaContext(align_documents(en_doc, french, default_rules())))
    units = [unit for _, unit, _ in results]
    assert "OP1" in units
    assert all(severity == "error" for severity, _, _ in results)


def test_missing_footnotes_are_counted(en_doc):
    text = FR.read_text(encoding="utf-8")
    text = text[: text.index("78e séance")]  # the last footnote block cut off
    french = parse_text(text, language="fr", path="cut.fr.txt")
    results = found(FootnotesCheck(), QaContext(align_documents(en_doc, french, default_rules())))
    assert ("error", "document", "7 footnotes in the original, 6 in the translation; check the footnote blocks") in results
