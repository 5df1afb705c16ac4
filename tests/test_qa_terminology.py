from __future__ import annotations

from align.aligner import align_documents
from align.glossary import read_glossary
from align.reading.text import parse_text
from align.qa.base import QaContext
from align.qa.terminology import TerminologyCheck
from align.srx import default_rules
from align.terms import terms_of_alignment

from .conftest import SOURCES, planted_french
from .qa_helpers import found


def test_a_replaced_term_is_an_error_in_its_unit(en_doc):
    french = parse_text(planted_french(), language="fr", path="planted.fr.txt")
    alignment = align_documents(en_doc, french, default_rules())
    report = terms_of_alignment(alignment, read_glossary(SOURCES / "glossary.tbx", "en", "fr"))
    results = found(TerminologyCheck(), QaContext(alignment, report))
    assert [(s, u) for s, u, _ in results if s == "error"] == [("error", "OP3")]
    assert "“triangular cooperation” is not rendered “coopération triangulaire”" in results[0][2]


def test_no_glossary_no_finding(en_doc, fr_doc):
    assert found(TerminologyCheck(), QaContext(align_documents(en_doc, fr_doc, default_rules()))) == []
