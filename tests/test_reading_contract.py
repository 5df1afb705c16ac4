"""What every reader promises, checked for each one in the registry on a real UN file of its form."""

from __future__ import annotations

import pytest

from align.errors import InputError
from align.model import Document, UnitKind
from align.reading import read_data, read_document
from align.reading.base import Reader
from align.reading.registry import READERS, reader_for

from .conftest import FR, shared

# A real file of each form: (form, path parts under ../shared or None for sources/, language, symbol)
SAMPLES = {
    "text": (None, "fr", "A/RES/57/263"),
    "akn": (("corpus", "un-docs", "A_RES_79_236.fr.xml"), "fr", "A/RES/79/236"),
    "pdf": (("corpus", "un-docs", "A_RES_48_161.en.pdf"), "en", "A/RES/48/161"),
    "docx": (("corpus", "un-docs", "word", "N1738922.DOC"), "en", "A/RES/72/8"),
}


def _sample(form: str) -> bytes:
    parts = SAMPLES[form][0]
    return (shared(*parts) if parts else FR).read_bytes()


def test_every_reader_is_in_the_contract():
    assert {reader.form for reader in READERS} == set(SAMPLES) | {"doc"}
    for reader in READERS:
        assert issubclass(reader, Reader) and reader.description


@pytest.mark.parametrize("form", sorted(SAMPLES))
def test_a_reader_recognises_its_form_by_content_alone(form):
    data = _sample(form)
    assert reader_for(data).form == form
    # the name says nothing: a PDF named .txt is still a PDF
    document = read_data(data, "renamed.txt", language=SAMPLES[form][1])
    assert document.form == form


@pytest.mark.parametrize("form", sorted(SAMPLES))
def test_a_reader_returns_a_document_with_its_structure(form):
    parts, language, symbol = SAMPLES[form]
    document = read_document(shared(*parts) if parts else FR)
    assert isinstance(document, Document)
    assert (document.symbol, document.language, document.form) == (symbol, language, form)
    kinds = {unit.kind for unit in document.units}
    assert {UnitKind.TITLE, UnitKind.PREAMBULAR, UnitKind.OPERATIVE, UnitKind.FOOTNOTE} <= kinds
    assert document.units[0].id == "title" and document.title == document.units[0].text
    assert len(set(document.ids())) == len(document.units)
    for unit in document.units:
        assert unit.text == unit.text.strip() and "\x00" not in unit.text and unit.lines
        for call in unit.calls:
            assert 0 <= call.offset <= len(unit.text)
            assert f"FN{call.number}" in document.ids()


@pytest.mark.parametrize("form", sorted(SAMPLES))
def test_the_user_s_language_and_symbol_override_the_name_s_and_the_document_s(form):
    language = SAMPLES[form][1]
    other = "es" if language != "es" else "fr"
    document = read_data(_sample(form), f"x.{other}.x", language=language, symbol="A/RES/1/1")
    assert (document.language, document.symbol) == (language, "A/RES/1/1")


@pytest.mark.parametrize("form", sorted(SAMPLES))
def test_a_text_that_is_not_in_the_language_it_is_read_in_is_refused_or_put_right(form):
    language = SAMPLES[form][1]
    with pytest.raises(InputError) as caught:
        read_data(_sample(form), "x.x", language="es")
    assert f"its text is in {language!r}" in str(caught.value) and "not in 'es'" in str(caught.value)
    document = read_data(_sample(form), "x.x", language="es", fix_language=True)
    assert document.language == language
    assert f"its text is in {language!r}, not in 'es': read as {language!r}" in document.warnings[0]


@pytest.mark.parametrize("form", sorted(SAMPLES))
def test_a_truncated_file_is_refused_as_bad_input(form):
    data = _sample(form)
    with pytest.raises(InputError) as caught:
        read_data(data[: len(data) // 3] if form != "text" else b"\x00" * 10, "cut.fr.x", language="fr")
    assert str(caught.value).startswith("cut.fr.x")


def test_a_form_is_told_by_content_not_by_name():
    assert reader_for(b"%PDF-1.4 ...").form == "pdf"
    assert reader_for(b"PK\x03\x04...").form == "docx"
    assert reader_for(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1...").form == "doc"
    assert reader_for(b"\xef\xbb\xbf  <?xml version='1.0'?><akomaNtoso/>").form == "akn"
    assert reader_for(" 57/1. Titre".encode()).form == "text"


@pytest.mark.parametrize("form", ["text", "pdf"])
def test_a_file_that_does_not_say_its_language_is_read_in_the_one_it_is_written_in(form):
    parts, language, _ = SAMPLES[form]
    data = (shared(*parts) if parts else FR).read_bytes()
    document = read_data(data, "document")
    assert document.language == language
    assert "neither the document nor its name says its language" in document.warnings[0]


@pytest.mark.parametrize(("text", "language"), [
    ("Рассмотрев доклад Генерального секретаря о положении в Центральной Америке " * 6, "ru"),
    ("审议了秘书长关于中美洲局势的报告，注意到各国政府的努力，" * 8, "zh"), 
    ("إن الجمعية العامة، إذ تشير إلى قراراتها السابقة المتعلقة بالتعاون فيما بين بلدان الجنوب، وإذ تؤكد من جديد "
     "أهمية التعاون الدولي من أجل التنمية المستدامة، " * 3, "ar"),
    ("Toma nota del informe del Secretario General y de la labor de los Estados " * 6, "es"),
    ("Prend note du rapport du Secrétaire général et des travaux de la Commission " * 6, "fr"),
    ("Takes note of the report of the Secretary-General and of the work of the Commission " * 6, "en"),
    ("12 345 678 " * 30, None),
    ("Die Generalversammlung, unter Hinweis auf ihre Resolution und in der Erwägung, dass die Lage " * 4, None),
])
def test_the_language_a_text_is_in(text, language):
    from align.identify import identify

    found = identify(text)
    assert (found.un_language if found.sure else None) == language


def test_a_title_and_nothing_else_is_refused():
    with pytest.raises(InputError, match="a title and no paragraph"):
        read_data(" 57/1. Title of a resolution\n".encode(), "title.en.txt")


@pytest.mark.parametrize("data", [b'{"symbol": "A/RES/79/1", "title": "The Pact for the Future"}',
                                  b'{"symbol": "A/RES/79/1"}\n{"symbol": "A/RES/79/2"}\n', b'  [1, 2]'])
def test_json_given_for_a_document_is_refused_as_data(data):
    with pytest.raises(InputError, match="this is JSON data, not a document; give the document itself"):
        read_data(data, "79.json", language="en", symbol="A/RES/79/1")


def test_a_text_that_opens_with_a_bracket_is_still_a_document():
    document = read_data(b"[Draft]\n\n 57/1. Title\n\n The General Assembly,\n\n 1. Decides to act;\n", "d.en.txt",
                         symbol="A/RES/57/1")
    assert "OP1" in document.ids()
