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


def test_a_renumbering_is_one_cause_not_a_finding_per_paragraph(en_doc):
    from .test_renumbering import _without
    from align.qa.registry import run_checks, select
    from align.reading.text import parse_text

    french = parse_text(_without(4), language="fr", path="cut.fr.txt")
    findings = run_checks(QaContext(align_documents(en_doc, french, default_rules())), select())
    structure = [f for f in findings if f.check == "structure"]
    assert [(f.severity.value, f.unit) for f in structure] == [("error", "OP4")]
    assert structure[0].message.startswith("numbered by content, not by number: translation OP4–OP10 are original "
                                           "OP5–OP11; original OP4 is missing; ")
    assert structure[0].units == ("OP4",)  # where its symptoms would show: the others have their own translation
    assert not [f for f in findings if f.severity.value == "error" and f is not structure[0]]


def test_a_real_error_in_a_re_paired_paragraph_is_its_own_finding(en_doc):
    from .test_renumbering import _without
    from align.qa.registry import run_checks, select
    from align.reading.text import parse_text

    french = parse_text(_without(4).replace("3,5 millions", "35 millions"), language="fr", path="cut.fr.txt")
    findings = run_checks(QaContext(align_documents(en_doc, french, default_rules())), select())
    numbers = [f for f in findings if f.check == "numbers"]
    assert [(f.severity.value, f.unit) for f in numbers] == [("error", "OP8")]
    assert "3.5 million in the original, 35 millions in the translation" in numbers[0].message
    assert not any(f.follows for f in findings)


def test_what_follows_from_a_missing_footnote_is_grouped_under_it(en_doc):
    from align.qa.registry import run_checks, select
    from align.qa.report import qa_json
    from align.reading.text import parse_text

    from .test_renumbering import without_footnote_5

    alignment = align_documents(en_doc, parse_text(without_footnote_5(), language="fr", path="fn.fr.txt"),
                                default_rules())
    findings = run_checks(QaContext(alignment), select())
    errors = [f for f in findings if f.severity.value == "error"]
    assert len(errors) == 1 and errors[0].unit == "FN5" and "original FN5 is missing" in errors[0].message
    assert {(f.check, f.unit) for f in errors[0].follows} == {("footnotes", "document"), ("footnotes", "OP7"),
                                                              ("footnotes", "OP8"), ("footnotes", "OP11")}
    reported = qa_json(alignment, ["structure"], findings)
    assert reported["summary"]["error"] == 1 and len(reported["findings"][0]["follows"]) == 4


def test_how_a_version_was_read_is_a_warning_only_where_the_translation_alone_reads_so(fr_doc, en_doc):
    from dataclasses import replace

    from align.aligner import align_documents
    from align.qa.base import QaContext
    from align.qa.structure import StructureCheck
    from align.srx import default_rules

    both = "unnumbered paragraph after OP9, read as the rest of OP9"
    original = replace(fr_doc, warnings=(f"o.fr.xml:316: {both}", "o.fr.xml:20: a note of the original's alone"))
    translation = replace(en_doc, warnings=(f"t.en.xml:318: {both}", "t.en.xml:40: a note of the translation's alone"))
    findings = [f for f in StructureCheck().run(QaContext(align_documents(original, translation, default_rules())))
                if f.unit == "document"]
    severity = {f.message.split(": ", 2)[-1].split(";")[0]: f.severity.value for f in findings}
    assert severity == {both: "info", "a note of the original's alone": "info",
                        "a note of the translation's alone": "warning"}, severity


def test_footnotes_a_translation_calls_in_its_own_word_order_are_a_note_not_a_warning():
    from .conftest import session

    english, chinese = session("Chinese", "A_RES_79_42")
    ctx = QaContext(align_documents(english, chinese, default_rules()))
    found_here = found(StructureCheck(), ctx)
    assert [(severity, unit) for severity, unit, _ in found_here] == [("info", "FN2")]
    assert "PP7 calls them in another order; check that each call stands by the words" in found_here[0][2]
