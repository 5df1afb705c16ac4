"""Text extracted from a 1994 UN typescript (pdftotext 22.12 of the UN's PDF of A/RES/48/161).

With ``-layout`` the text reader gives exactly what the PDF reader gives; without it,
where pdftotext drops the blank lines between paragraphs, it finds them again.
"""

from __future__ import annotations

import json

import pytest

from align.aligner import align_documents
from align.model import UnitKind
from align.reading import read_document
from align.srx import default_rules

from .conftest import DATA
from .golden import GOLDEN, as_json

EXTRACTS = DATA / "pdftotext"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_layout_text_reads_as_the_pdf_does(language):
    from_text = as_json(read_document(EXTRACTS / f"A_RES_48_161.layout.{language}.txt"))
    from_pdf = json.loads((GOLDEN / f"A_RES_48_161.{language}.json").read_text(encoding="utf-8"))
    strip = [{k: v for k, v in unit.items() if k != "lines"} for unit in from_text["units"]]
    assert strip == [{k: v for k, v in unit.items() if k != "lines"} for unit in from_pdf["units"]]


def test_the_masthead_typed_calls_and_footnotes_of_a_typescript():
    english = read_document(EXTRACTS / "A_RES_48_161.layout.en.txt")
    assert english.symbol == "A/RES/48/161" and english.warnings == ()
    masthead = " ".join(value for _, value in english.metadata)
    assert "Distr." in masthead and "Agenda item 40" in masthead and "RESOLUTION ADOPTED" in masthead
    assert english.unit("FN4").text.startswith('The group of cooperating countries, called the "Group of Three"')
    calls = [c.number for u in english.units for c in u.calls]
    assert sorted(set(calls)) == [1, 2, 3, 4, 5] and calls.count(2) == 2  # footnote 2 is called twice
    assert not any("/..." in u.text or "Page " in u.text for u in english.units)


def test_text_without_blank_lines_between_paragraphs_finds_its_paragraphs():
    english = read_document(EXTRACTS / "A_RES_48_161.raw.en.txt")
    french = read_document(EXTRACTS / "A_RES_48_161.raw.fr.txt")
    assert [u.id for u in english.units if u.kind is UnitKind.FOOTNOTE] == [f"FN{n}" for n in range(1, 6)]
    alignment = align_documents(french, english, default_rules())
    # the PDF has 57 units
    assert sum(pair.paired for pair in alignment.pairs) >= 54
    assert english.unit("OP26").text.startswith("Requests the Secretary-General to submit a report")
