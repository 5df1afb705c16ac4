from __future__ import annotations

from align.aligner import align_documents
from align.qa.base import QaContext
from align.qa.structure import StructureCheck
from align.srx import default_rules

from .qa_helpers import context, found


def errors(ctx):
    return [(unit, message) for severity, unit, message in found(StructureCheck(), ctx) if severity == "error"]


def test_a_missing_preambular_paragraph_is_named_by_alignment(udhr):
    ctx = QaContext(align_documents(udhr("en"), udhr("ar"), default_rules()))
    messages = dict(errors(ctx))
    assert "PP4 of the original is missing" in messages["PP4"]
    assert "PP6" not in messages
    assert "seems split from PR1" in messages["PR2"]


def test_merged_units_are_named(udhr):
    ctx = QaContext(align_documents(udhr("en"), udhr("zh"), default_rules()))
    messages = dict(errors(ctx))
    assert set(messages) == {"intro", "PR1"}
    assert "merged into PR0" in messages["intro"]


def test_spanish_and_russian_differ_only_by_the_english_now_therefore(udhr):
    for language in ("es", "ru"):
        ctx = QaContext(align_documents(udhr("en"), udhr(language), default_rules()))
        assert [unit for unit, _ in errors(ctx)] == ["PR0"], language


def test_numbering_gap_is_a_warning_at_document_level():
    ctx = context("en", " 1. One; \n\n 2. Two; \n", "fr", " 1. Un ; \n\n 3. Trois ; \n")
    results = found(StructureCheck(), ctx)
    assert ("error", "OP2", "OP2 of the original is missing from the translation; add it, or split the merged unit") in results
    assert any(s == "warning" and "paragraph 3 follows paragraph 1" in m for s, _, m in results)
