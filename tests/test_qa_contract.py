"""What every QA check must do; each registered check inherits these tests."""

from __future__ import annotations

import pytest

from align.aligner import align_documents
from align.glossary import read_glossary
from align.model import Severity
from align.reading.text import parse_text
from align.qa.base import Check, QaContext
from align.qa.registry import CHECKS, describe, select
from align.srx import default_rules
from align.terms import terms_of_alignment

from .conftest import SOURCES, planted_french


@pytest.fixture(scope="module")
def clean(fr_doc, en_doc):
    contexts = []
    for original, translation in ((en_doc, fr_doc), (fr_doc, en_doc)):
        alignment = align_documents(original, translation, default_rules())
        glossary = read_glossary(SOURCES / "glossary.tbx", original.language, translation.language)
        contexts.append(QaContext(alignment, terms_of_alignment(alignment, glossary)))
    return contexts


@pytest.fixture(scope="module")
def planted(en_doc):
    french = parse_text(planted_french(), language="fr", path="planted.fr.txt")
    alignment = align_documents(en_doc, french, default_rules())
    return QaContext(alignment, terms_of_alignment(alignment, read_glossary(SOURCES / "glossary.tbx", "en", "fr")))


@pytest.mark.parametrize("check_class", CHECKS, ids=[c.id for c in CHECKS])
class TestEveryCheck:
    def test_it_is_described(self, check_class):
        assert issubclass(check_class, Check)
        assert check_class.id and check_class.id.isidentifier()
        assert isinstance(check_class.severity, Severity)
        assert len(check_class.description) > 30
        assert check_class.id in describe()

    def test_no_error_on_the_clean_pair_either_way(self, check_class, clean):
        for context in clean:
            assert [f for f in check_class().run(context) if f.severity is Severity.ERROR] == []

    def test_findings_name_a_unit_and_what_to_do(self, check_class, planted):
        units = {p.unit_id for p in planted.alignment.pairs} | {"document"}
        for finding in check_class().run(planted):
            assert finding.check == check_class.id
            assert finding.unit in units
            assert ";" in finding.message or finding.severity is Severity.INFO


def test_ids_are_unique_and_selectable():
    assert len({c.id for c in CHECKS}) == len(CHECKS)
    assert [c.id for c in select(["numbers", "dates"])] == ["numbers", "dates"]


def test_planted_defects_each_in_its_unit_and_nothing_else_is_an_error(planted):
    from align.qa.registry import run_checks

    errors = {(f.check, f.unit) for f in run_checks(planted, select()) if f.severity is Severity.ERROR}
    assert errors == {
        ("structure", "OP5"), ("numbers", "OP8"), ("symbols", "FN6"), ("terminology", "OP3"), ("dates", "PP3"),
    }
