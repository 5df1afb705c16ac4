"""The parser against the real text of A/RES/57/263, in both languages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align.errors import InputError
from align.model import UnitKind
from align.reading import read_document
from align.reading.text import parse_text

from .conftest import EN, FR, UNIT_IDS, golden


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_unit_matches_the_golden_file(language):
    expected = golden(language)
    document = read_document(FR if language == "fr" else EN)
    assert document.symbol == expected["symbol"] == "A/RES/57/263"
    assert document.language == language
    assert document.warnings == ()
    got = [
        {
            "id": u.id,
            "kind": u.kind.value,
            "lines": [u.lines[0], u.lines[-1]],
            "calls": [[c.number, c.offset] for c in u.calls],
            "text": u.text,
        }
        for u in document.units
    ]
    assert got == expected["units"]


def test_the_25_units_in_document_order(fr_doc, en_doc):
    assert list(fr_doc.ids()) == UNIT_IDS
    assert list(en_doc.ids()) == UNIT_IDS


@pytest.mark.parametrize(
    ("unit", "calls", "before_call"),
    [
        ("PP3", [1], {"fr": "19 septembre 2002", "en": "19 September 2002,"}),
        ("OP1", [2], {"fr": "coopération Sud-Sud", "en": "South-South cooperation;"}),
        ("OP2", [3], {"fr": "Déclaration du Millénaire", "en": "Millennium Declaration;"}),
        ("OP7", [4, 5], {"fr": "financement du développement", "en": "Financing for Development"}),
        ("OP8", [6], {"fr": "27 septembre 2002", "en": "Population Fund,"}),
        ("OP11", [7], {"fr": "entre pays en développement", "en": "among Developing Countries."}),
    ],
)
def test_footnote_calls_are_cut_out_and_placed(fr_doc, en_doc, unit, calls, before_call):
    for document in (fr_doc, en_doc):
        found = document.unit(unit).calls
        assert [c.number for c in found] == calls
        text = document.unit(unit).text
        assert text[: found[0].offset].endswith(before_call[document.language])
        assert not re.search(r"[^\W\d_]\d|(?<![\d\s])[;,.]\d", text), "a call digit is left in the text"


def test_calls_glued_to_a_year_leave_the_year_whole(fr_doc):
    assert "le 19 septembre 2002, dans laquelle" in fr_doc.unit("PP3").text
    assert "en date du 27 septembre 2002, dans laquelle" in fr_doc.unit("OP8").text


def test_french_op3_is_rejoined_across_the_footnote_block(fr_doc):
    op3 = fr_doc.unit("OP3")
    assert "l’efficacité de la coopération Sud-Sud et de la coopération triangulaire et, à cet égard" in op3.text
    assert op3.text.endswith("le cas échéant ;")
    assert op3.lines[0] == 39 and op3.lines[-1] == 47


def test_french_op10_starts_after_a_footnote_block(fr_doc):
    assert fr_doc.unit("OP10").text.startswith("Considère qu’il est nécessaire")
    assert fr_doc.unit("OP9").text.endswith("allouées à la coopération Sud-Sud ;")


def test_lone_semicolon_after_a_call_rejoins_its_paragraph(fr_doc, en_doc):
    assert fr_doc.unit("OP1").text.endswith("faciliter la coopération Sud-Sud ;")
    assert en_doc.unit("OP1").text.endswith("facilitate South-South cooperation;")


def test_a_wrapped_line_starting_with_a_number_is_not_a_paragraph(en_doc):
    assert "the Group of 77, held in New York" in en_doc.unit("PP3").text


def test_footnotes_keep_their_continuation_lines(fr_doc, en_doc):
    assert "Monterrey (Mexique), 18-22 mars 2002 (publication" in fr_doc.unit("FN4").text
    assert en_doc.unit("FN7").text.endswith("Sales No. E.78.II.A.11 and corrigendum), chap. I.")
    assert fr_doc.unit("FN4").kind is UnitKind.FOOTNOTE


def test_meeting_and_date_are_units_of_their_own(fr_doc, en_doc):
    assert (fr_doc.unit("meeting").text, fr_doc.unit("date").text) == ("78e séance plénière", "20 décembre 2002")
    assert (en_doc.unit("meeting").text, en_doc.unit("date").text) == ("78th plenary meeting", "20 December 2002")


# -- Other extractions of the same document -------------------------------

def _units(document):
    return [(u.id, u.text, u.calls) for u in document.units]


FURNITURE = ["A/RES/57/263", "2", "- 3 -", "\f", "A/RES/57/263 Page 4"]


@settings(max_examples=40, deadline=None)
@given(
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    newline=st.sampled_from(["\n", "\r\n"]),
    furniture=st.lists(st.tuples(st.integers(0, 200), st.sampled_from(FURNITURE)), max_size=6),
)
def test_page_furniture_encodings_and_line_ends_change_nothing(tmp_path_factory, fr_doc, encoding, newline, furniture):
    """Headers, page numbers and form feeds between paragraphs are page furniture."""
    lines = FR.read_text(encoding="utf-8").split("\n")
    blanks = [i for i, line in enumerate(lines) if not line.strip()]
    places = sorted(((blanks[position % len(blanks)], item) for position, item in furniture), reverse=True)
    for at, item in places:  # from the end, so that earlier places do not move
        lines[at:at] = ["", item, ""]
    data = newline.join(lines).encode(encoding)
    path = tmp_path_factory.mktemp("dirty") / "A_RES_57_263.fr.txt"
    path.write_bytes(data)
    assert _units(read_document(path)) == _units(fr_doc)


def test_running_header_inside_a_paragraph_is_dropped(en_doc):
    text = EN.read_text(encoding="utf-8").replace(
        "facilitate South-South cooperation;2", "\fA/RES/57/263\n\nfacilitate South-South cooperation;2"
    )
    document = parse_text(text, language="en")
    assert _units(document) == _units(en_doc)


def test_line_end_hyphenation_is_undone_but_real_hyphens_stay():
    text = (
        " 57/263. Title \n\n The General Assembly, \n\n 1. Reaffirms the regional and inter-\n"
        "regional levels of South-\nSouth cooperation and capacity-\nbuilding, and capacity-building; \n"
    )
    document = parse_text(text, language="en")
    assert document.unit("OP1").text == (
        "Reaffirms the regional and interregional levels of South-South cooperation "
        "and capacity-building, and capacity-building;"
    )


def test_sub_paragraphs_get_nested_ids():
    text = (
        " 57/1. Title \n\n The General Assembly, \n\n 1. Decides: \n\n (a) To do one thing; \n\n"
        " (i) First; \n\n (ii) Second; \n\n (b) To do another; \n\n (h) Eighth; \n\n (i) Ninth; \n\n"
        " 2. Requests more; \n"
    )
    ids = parse_text(text, language="en").ids()
    assert ids == ("title", "intro", "OP1", "OP1(a)", "OP1(a)(i)", "OP1(a)(ii)", "OP1(b)", "OP1(h)", "OP1(i)", "OP2")


def test_a_repeated_paragraph_number_is_read_as_the_next_with_a_warning():
    # Official texts have them (the Spanish A/RES/79/139 prints 80, 81, 80, 82).
    text = " 57/1. Title \n\n The General Assembly, \n\n 1. One; \n\n 1. Again; \n\n 3. Three. \n"
    document = parse_text(text, language="en", path="x.en.txt")
    assert document.ids() == ("title", "intro", "OP1", "OP2", "OP3")
    assert document.unit("OP2").text == "Again;"
    assert document.warnings == ("x.en.txt:7: paragraph 1 printed after paragraph 1: read as paragraph 2",)


def test_a_numbering_gap_is_reported_not_hidden():
    text = " 57/1. Title \n\n The General Assembly, \n\n 1. One; \n\n 3. Three; \n"
    document = parse_text(text, language="en", path="x.en.txt")
    assert document.ids() == ("title", "intro", "OP1", "OP3")
    assert any("paragraph 3 follows paragraph 1" in w for w in document.warnings)


def test_a_footnote_without_a_call_is_reported():
    text = " 57/1. Title \n\n The General Assembly, \n\n 1. One thing; \n\n_______________ \n1 A/57/1. \n"
    document = parse_text(text, language="en", path="x.en.txt")
    assert document.unit("FN1").text == "A/57/1."
    assert document.warnings == ("x.en.txt: no call to footnote 1 found in the text",)


def test_language_comes_from_the_name_or_must_be_given(tmp_path):
    path = tmp_path / "resolution.txt"
    path.write_text(" 57/1. Title \n\n The General Assembly, \n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the language"):
        read_document(path)
    assert read_document(path, language="en").language == "en"


def test_a_text_without_symbol_asks_for_one():
    with pytest.raises(InputError, match="--symbol"):
        parse_text("Universal Declaration of Human Rights\n\nPreamble\n", language="en")
    document = parse_text("Universal Declaration\n\nPreamble\n", language="en", symbol="A/RES/217(III)")
    assert document.symbol == "A/RES/217(III)"


def test_windows_1252_with_crlf_reads_like_utf8(tmp_path, fr_doc):
    path = tmp_path / "A_RES_57_263.fr.txt"
    path.write_bytes(FR.read_text(encoding="utf-8").replace("\n", "\r\n").encode("cp1252"))
    assert _units(read_document(path)) == _units(fr_doc)


def test_a_character_xml_cannot_carry_is_refused_at_its_line():
    text = " 57/1. Title \n\n The General Assembly, \n\n 1. Bell\x07 here; \n"
    with pytest.raises(InputError) as caught:
        parse_text(text, language="en", path="x.en.txt")
    assert caught.value.line == 5
    assert str(caught.value).startswith("x.en.txt:5: character U+0007")


def test_a_50_mb_single_line_is_refused_clearly_not_hung():
    with pytest.raises(InputError, match="no document symbol found"):
        parse_text("word " * 10_000_000, language="en", path="big.en.txt")
