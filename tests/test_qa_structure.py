from __future__ import annotations

from align.aligner import align_documents
from align.model import Severity
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
    # the Arabic cuts "Proclaims this Universal Declaration..." in two: all its text is there, a warning
    warned = {unit: message for severity, unit, message in found(StructureCheck(), ctx) if severity == "warning"}
    assert "PR2" not in messages
    assert warned["PR2"] == ("PR2 of the translation has no unit of its own in the original: its text translates "
                             "part of PR1; join it to that unit")


def test_merged_units_are_named(udhr):
    ctx = QaContext(align_documents(udhr("en"), udhr("zh"), default_rules()))
    messages = dict(errors(ctx))
    assert set(messages) == {"intro"}
    assert "merged into PR0" in messages["intro"]  # by length: "The General Assembly" is too common for the lexicon
    # the Chinese runs "Now, therefore," and "Proclaims this Universal Declaration..." into one paragraph: all
    # its text is there, so a warning, not an error
    warned = {unit: message for severity, unit, message in found(StructureCheck(), ctx) if severity == "warning"}
    assert warned == {"PR1": "PR1 of the original has no unit of its own in the translation: its text is in the "
                             "translation of PR0; split it there"}


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


def _session_findings(language: str, symbol: str) -> dict[str, tuple[str, str]]:
    from .conftest import session

    english, version = session(language, symbol)
    ctx = QaContext(align_documents(english, version, default_rules()))
    return {unit: (severity, message) for severity, unit, message in found(StructureCheck(), ctx) if unit != "document"}


def test_headings_a_translation_runs_into_a_paragraph_are_warnings_not_omissions():
    # the French XML of 79/333 puts the two panels' titles inside OP4(b), and the theme inside OP2: the text
    # is all there (the lexicon finds their words in the paragraph, beyond what the paragraph's own words give)
    findings = _session_findings("French", "A_RES_79_333")
    assert findings == {
        "OP2.h1": ("warning", "OP2.h1 of the original has no unit of its own in the translation: its text is in "
                              "the translation of OP2; split it there"),
        "OP4.h1": ("warning", "OP4.h1 of the original has no unit of its own in the translation: its text is in "
                              "the translation of OP4(b); split it there"),
        "OP4.h2": ("warning", "OP4.h2 of the original has no unit of its own in the translation: its text is in "
                              "the translation of OP4(b); split it there"),
    }


def test_the_same_text_under_another_number_is_one_warning():
    # the Spanish XML of 79/3 numbers its only footnote 2 (marker="2"), the English 1; the Chinese 79/323 prints the
    # annex's first heading as a paragraph: the two translate each other, with the same numbers and symbols
    assert _session_findings("Spanish", "A_RES_79_3") == {
        "FN1": ("warning", "original FN1 and translation FN2 hold the same text under other numbers or markup; number "
                           "and mark up the translation as the original is")}
    assert _session_findings("Chinese", "A_RES_79_323")["ANX1.h1"] == (
        "warning", "original ANX1.h1 and translation ANX1.PP1 hold the same text under other numbers or markup; "
                   "number and mark up the translation as the original is")
    # the notes under the table of 79/255, lettered by a superscript in English and labelled (أ), (ب) in Arabic,
    # are the same units in both
    assert _session_findings("Arabic", "A_RES_79_255") == {}


def test_a_unit_whose_text_is_nowhere_in_the_translation_stays_an_error():
    # the Arabic 79/1 has no <conclusions>: "3rd plenary meeting" and its date are in no unit; by length alone
    # they might be in the annex's heading, and the words say they are not
    # (one finding for both: they are missing one after the other)
    findings = _session_findings("Arabic", "A_RES_79_1")
    assert findings["meeting"] == ("error", "meeting and date of the original are missing from the translation; "
                                            "their text seems merged into ANX1.heading; add them, or split the "
                                            "merged unit")
    assert "date" not in findings


def test_a_block_missing_or_added_is_one_finding_for_each_side():
    # the Russian XML of 79/93 A lacks items (a)-(d) and the chapeau of (e), and gives (e)'s sub-items and
    # (f) under other letters: one error for the original's ten units, one for the translation's five
    from .conftest import session

    english, version = session("Russian", "A_RES_79_93")
    alignment = align_documents(english, version, default_rules())
    structure = [f for f in StructureCheck().run(QaContext(alignment)) if f.unit != "document"]
    missing = [f for f in structure if "of the original are missing" in f.message]
    added = [f for f in structure if "of the translation have no counterpart" in f.message]
    assert [f.unit for f in missing] == ["A.OP(a)"] and [f.unit for f in added] == ["A.OP(i)"]
    assert missing[0].units == ("A.OP(a)", "A.OP(b)", "A.OP(c)", "A.OP(d)", "A.OP(e)", "A.OP(e)(i)", "A.OP(e)(ii)",
                                "A.OP(e)(iii)", "A.OP(e)(iv)", "A.OP(f)")
    assert missing[0].message.startswith("A.OP(a) to A.OP(f) (10 units) of the original are missing")
    assert added[0].units == ("A.OP(i)", "A.OP(i)(ii)", "A.OP(i)(iii)", "A.OP(i)(iv)", "A.OP(j)")
    assert len(missing[0].source.split("\n")) == 10  # every missing unit's text, a line each
    assert all(f.severity is Severity.ERROR for f in missing + added)


def test_items_run_into_their_lead_in_are_warnings_all_of_them():
    # the Russian 79/78 runs OP4 (a)-(g) into OP4's paragraph: each is found there, weighed with the items
    # between it and OP4 (one item alone explains too little of so long a paragraph)
    findings = _session_findings("Russian", "A_RES_79_78")
    items = [f"OP4({letter})" for letter in "abcdefg"]
    assert sorted(findings) == items
    assert {findings[item][0] for item in items} == {"warning"}
    assert all(findings[item][1].endswith("its text is in the translation of OP4; split it there") for item in items)


def test_a_lost_paragraph_between_two_that_read_alike_names_both():
    # 79/105 in Chinese without its PP24: the aligner cannot tell PP24 from PP25, pairs the translation's
    # PP25 with the original's PP24 and sets that pair apart; QA names both, not only the wrong one
    from dataclasses import replace

    from .conftest import session

    english, chinese = session("Chinese", "A_RES_79_105")
    damaged = replace(chinese, units=tuple(u for u in chinese.units if u.id != "PP24"))
    ctx = QaContext(align_documents(english, damaged, default_rules()))
    said = [f for f in StructureCheck().run(ctx) if "PP24" in (f.unit, *f.units)]
    assert [(f.severity.value, f.unit, f.units) for f in said] == [("error", "PP25", ("PP25", "PP24"))]
    assert said[0].message.startswith("PP25 of the original is missing from the translation, or PP24 is (the content "
                                      "cannot confirm the pair of PP24)")


def test_the_numbers_of_a_heading_run_into_a_paragraph_are_read_with_it():
    # the French 79/333 runs the panels' titles ("Panel 1: ...", "Panel 2: ...") into OP4(b): their numbers are
    # compared with OP4(b)'s, the titles' English read with it, and no number is extra
    from align.qa.numbers import NumbersCheck

    from .conftest import session

    english, french = session("French", "A_RES_79_333")
    alignment = align_documents(english, french, default_rules())
    rows = {uid: (source, target) for uid, source, target in QaContext(alignment).compared}
    assert "Panel 1: The world together" in rows["OP4(b)"][0] and "Panel 2:" in rows["OP4(b)"][0]
    assert "OP4.h1" not in rows  # left alone, and read with the paragraph that holds it
    assert [f for f in NumbersCheck().run(QaContext(alignment)) if f.unit == "OP4(b)"] == []


def test_two_units_that_hold_the_same_text_under_other_numbers_are_compared():
    from .conftest import session

    # the Spanish 79/3's only footnote, numbered 2: its numbers and symbols are compared with the English FN1's
    english, spanish = session("Spanish", "A_RES_79_3")
    ctx = QaContext(align_documents(english, spanish, default_rules()))
    rows = {uid: (source, target) for uid, source, target in ctx.compared}
    assert rows["FN1"][0].endswith("(A/79/11 and A/79/11/Add.1).") and rows["FN1"][1].startswith("Documentos Oficiales")


def test_a_paragraph_that_holds_a_heading_is_not_too_long():
    # the French 79/333 OP4(b) holds the panels' titles: read with them, its length is usual
    from align.qa.length import LengthCheck

    from .conftest import session

    english, french = session("French", "A_RES_79_333")
    ctx = QaContext(align_documents(english, french, default_rules()))
    assert not {f.unit for f in LengthCheck().run(ctx)} & {"OP2", "OP4(b)"}
