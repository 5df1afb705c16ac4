"""The PDF reader on the UN's own PDFs: 1994 typescript resolutions, 2009 and 2019 reports."""

from __future__ import annotations

import importlib.util
import io
import json

import pypdfium2 as pdfium
import pytest

from align.aligner import align_documents
from align.errors import InputError
from align.model import UnitKind
from align.reading import read_data, read_document
from align.srx import default_rules

from .conftest import required, shared
from .golden import GOLDEN, as_json

PAIRS = [
    ("A_RES_48_161", "en", "fr", 57),
    ("A_RES_48_246", "en", "es", 28),
    ("A_HRC_WG.6_7_ITA_1", "en", "fr", 185),
    ("A_HRC_WG.6_34_ITA_3", "en", "ru", 299),
]


def _doc(stem: str, language: str):
    return read_document(shared("corpus", "un-docs", f"{stem}.{language}.pdf"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_res_48_161_matches_its_golden_file(language):
    expected = json.loads((GOLDEN / f"A_RES_48_161.{language}.json").read_text(encoding="utf-8"))
    assert as_json(_doc("A_RES_48_161", language)) == expected


@pytest.mark.parametrize(("stem", "source", "target", "paired"), PAIRS)
def test_the_pdf_pairs_align_paragraph_for_paragraph(stem, source, target, paired):
    alignment = align_documents(_doc(stem, source), _doc(stem, target), default_rules())
    numbered = [p for p in alignment.pairs
                if p.unit_id.startswith(("PP", "OP", "FN")) and ".h" not in p.unit_id]
    assert all(pair.paired for pair in numbered), [p.unit_id for p in numbered if not p.paired]
    assert sum(pair.paired for pair in alignment.pairs) >= paired


def test_1994_footnotes_are_units_and_their_typed_calls_are_cut_out():
    english = _doc("A_RES_48_161", "en")
    assert [u.id for u in english.units if u.kind is UnitKind.FOOTNOTE] == [f"FN{n}" for n in range(1, 6)]
    assert english.unit("FN1").text == "A/42/521-S/19085, annex."
    pp2 = english.unit("PP2")
    assert [c.number for c in pp2.calls] == [1]
    assert pp2.text[: pp2.calls[0].offset].endswith("7 August 1987,")
    assert not any(" 1/ " in u.text or "/..." in u.text for u in english.units)


def test_the_masthead_and_page_furniture_are_never_text():
    english = _doc("A_RES_48_161", "en")
    assert ("masthead", "Agenda item 40") in english.metadata
    for unit in english.units:
        assert "Page " not in unit.text and "Distr." not in unit.text and "A/RES/48/161" not in unit.text
    assert english.unit("title").text.startswith("The situation in Central America:")
    assert (english.unit("meeting").text, english.unit("date").text) == ("85th plenary meeting", "20 December 1993")


def test_raised_calls_and_endnotes_of_a_2019_report():
    russian = _doc("A_HRC_WG.6_34_ITA_3", "ru")
    notes = [u for u in russian.units if u.kind is UnitKind.FOOTNOTE]
    assert len(notes) == 169
    calls = [c.number for u in russian.units for c in u.calls]
    assert sorted(calls) == list(range(1, 170))


def test_a_table_of_contents_is_left_out():
    english = _doc("A_HRC_WG.6_7_ITA_1", "en")
    assert not any("......" in unit.text for unit in english.units)
    assert english.unit("OP1").text.startswith("The preparation of the Italian State Report")


def _blank_pdf() -> bytes:
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_pdf_without_a_text_layer_is_refused_with_what_to_do():
    with pytest.raises(InputError, match="no text layer.*OCR"):
        read_data(_blank_pdf(), "scan.en.pdf")


def test_an_encrypted_pdf_is_refused_with_what_to_do():
    required(importlib.util.find_spec("pypdf") is not None, "pypdf", "pip install '.[test]'")
    import pypdf  # the test extra: it makes the encrypted file
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(shared("corpus", "un-docs", "A_RES_48_246.en.pdf").read_bytes()))
    writer.encrypt("secret", algorithm="RC4-128")  # pure Python in pypdf: no cryptography package needed
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match="encrypted.*unencrypted"):
        read_data(buffer.getvalue(), "locked.en.pdf")


def test_a_damaged_pdf_is_refused():
    with pytest.raises(InputError, match="cannot be read"):
        read_data(b"%PDF-1.4\n1 0 obj garbage", "bad.en.pdf")


# -- Built PDFs: what a UN PDF may hold that the four above do not ---------------------

def _built(pages, name="built.en.pdf"):
    from .pdfmaker import pdf

    return read_data(pdf(pages), name)


def test_a_rule_with_no_footnote_after_it_drops_nothing():
    from .pdfmaker import resolution

    document = _built([resolution([(72, 600, 12, "______________"), (90, 580, 12, "3. Decides to remain seized."),
                                   (72, 540, 12, "78th plenary meeting"), (72, 525, 12, "20 December 2002")])])
    assert document.ids()[-3:] == ("OP3", "meeting", "date")


def test_smaller_type_that_opens_no_footnote_is_text():
    from .pdfmaker import resolution

    document = _built([resolution([(90, 400, 9, "3. Decides to remain seized of the matter in smaller type.")])])
    assert document.unit("OP3").text.startswith("Decides to remain seized")


def test_footnotes_of_a_built_pdf_and_a_number_printed_twice():
    from .pdfmaker import resolution

    # raised note numbers, in smaller type: 1, then 1 again
    document = _built([resolution([(90, 104, 5, "1"), (96, 100, 9, "A first note."),
                                   (90, 92, 5, "1"), (96, 88, 9, "A second note numbered 1.")])])
    notes = [(u.id, u.text) for u in document.units if u.kind is UnitKind.FOOTNOTE]
    assert notes == [("FN1", "A first note."), ("FN1.2", "A second note numbered 1.")]
    assert "footnote 1 printed twice" in document.warnings[-1]


def test_dot_leaders_after_the_first_paragraph_are_text_not_contents():
    from .pdfmaker import resolution

    table = [(90, 700, 12, "3. Approves the budget as follows:"), (90, 680, 12, "Posts ............ 12"),
             (90, 665, 12, "Travel ........... 14"), (90, 640, 12, "4. Decides to remain seized.")]
    document = _built([resolution(), table])
    assert {"OP3", "OP4"} <= set(document.ids())


def test_a_raised_superscript_digit_character_is_not_a_crash():
    from .pdfmaker import resolution

    document = _built([resolution([(90, 500, 12, "3. Notes the area in km² of the region.")])])
    assert "km²" in document.unit("OP3").text
