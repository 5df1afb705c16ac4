"""The Word reader on 36 original Word files of UN resolutions (OOXML, named N1730150.DOC)."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from align.errors import InputError
from align.model import UnitKind
from align.reading import read_data, read_document

from .conftest import shared
from .golden import GOLDEN, as_json


def _word(name: str):
    return shared("corpus", "un-docs", "word", name)


@pytest.mark.parametrize("name", ["N1738922", "N1824644", "N1822444"])
def test_word_files_match_their_golden_files(name):
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert as_json(read_document(_word(f"{name}.DOC"))) == expected


def test_all_36_word_files_read_into_their_structure():
    for path in sorted(shared("corpus", "un-docs", "word").glob("*.DOC")):
        document = read_document(path)
        ids = document.ids()
        assert document.form == "docx" and document.language == "en", path.name
        assert re.fullmatch(r"(A/RES/72|E/RES/2018)/\d+", document.symbol), path.name
        assert ids[0] == "title" and "meeting" in ids and "date" in ids, path.name
        assert any(u.kind is UnitKind.OPERATIVE for u in document.units), path.name
        called = {c.number for u in document.units for c in u.calls}
        notes = {int(u.id[2:]) for u in document.units if u.kind is UnitKind.FOOTNOTE}
        assert called == notes, path.name


def test_repeated_calls_through_noteref_are_calls_not_digits():
    document = read_document(_word("N1738922.DOC"))
    for unit in document.units:
        assert not re.search(r"[a-z,;]\d{1,2}\b", unit.text) or unit.kind is UnitKind.FOOTNOTE, unit.id
    counts = {}
    for unit in document.units:
        for call in unit.calls:
            counts[call.number] = counts.get(call.number, 0) + 1
    assert max(counts.values()) > 1  # some footnote is called twice


def test_the_front_matter_is_metadata_and_the_meeting_line_is_two_units():
    document = read_document(_word("N1738922.DOC"))
    front = " ".join(value for key, value in document.metadata if key == "front")
    assert "Seventy-second session" in front and "Resolution adopted by the General Assembly" in front
    assert document.unit("meeting").text.endswith("plenary meeting")
    assert re.fullmatch(r"\d{1,2}\s\w+ 2017", document.unit("date").text)


def test_a_reissue_mark_is_metadata_not_a_footnote():
    document = read_document(_word("N1822444.DOC"))
    assert document.symbol == "E/RES/2018/14"
    assert any("Reissued for technical reasons" in value for key, value in document.metadata if key == "note")
    assert not any("Reissued" in unit.text for unit in document.units)


def _rewrite(data: bytes, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(item, change(item.filename, content))
    return out.getvalue()


def test_tracked_changes_are_read_as_accepted_and_said():
    data = _word("N1731586.DOC").read_bytes()
    w = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    assert w in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")

    def track(name, content):
        if name != "word/document.xml":
            return content
        # a paragraph with a tracked insertion and a tracked deletion, at the end of the body
        return content.replace(
            b"</w:body>", b'<w:p><w:ins w:id="90" w:author="x"><w:r><w:t>Inserted sentence.</w:t></w:r></w:ins>'
                          b'<w:del w:id="91" w:author="x"><w:r><w:delText>Deleted sentence.</w:delText></w:r></w:del>'
                          b'</w:p></w:body>', 1)

    document = read_data(_rewrite(data, track), "tracked.DOC")
    text = " ".join(unit.text for unit in document.units)
    assert "Inserted sentence." in text and "Deleted sentence." not in text
    assert any("tracked changes" in warning for warning in document.warnings)


def test_a_zip_that_is_not_a_word_file_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(InputError, match="not a Word document"):
        read_data(out.getvalue(), "sheet.en.docx")


def test_a_damaged_word_file_is_refused():
    data = _word("N1731586.DOC").read_bytes()
    with pytest.raises(InputError, match="damaged"):
        read_data(data[:200], "cut.en.docx")


def test_a_legacy_doc_without_libreoffice_says_how_to_convert(monkeypatch):
    from align.reading import doc

    monkeypatch.setattr(doc, "office", lambda: None)
    with pytest.raises(InputError, match="LibreOffice.*save the file as .docx"):
        read_data(doc.OLE2 + b"\x00" * 512, "old.en.doc")


def test_a_legacy_doc_is_read_through_libreoffice(tmp_path):
    import os
    import shutil
    import subprocess

    from align.reading import doc

    if doc.office() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is required under CI: .ci/run must apt-get install libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed: apt-get install libreoffice-writer-nogui")
    source = tmp_path / "N1731586.docx"
    shutil.copy(_word("N1731586.DOC"), source)
    subprocess.run([doc.office(), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True)
    legacy = tmp_path / "N1731586.doc"
    assert legacy.read_bytes().startswith(doc.OLE2)
    document = read_document(legacy)
    original = read_document(_word("N1731586.DOC"))
    assert document.form == "doc" and document.symbol == original.symbol == "A/RES/72/2"
    assert document.ids() == original.ids()
    assert [u.text for u in document.units] == [u.text for u in original.units]


def _footnoted(tmp_path, body: bytes, notes: bytes | None) -> bytes:
    """A Word file of a short resolution, made from one of the UN's, with ``body`` paragraphs."""
    data = _word("N1731586.DOC").read_bytes()

    def change(name, content):
        if name == "word/document.xml":
            start = content.index(b"<w:body>") + len(b"<w:body>")
            return content[:start] + body + content[content.rindex(b"<w:sectPr"):]
        if name == "word/footnotes.xml" and notes is not None:
            start = content.index(b"<w:footnote ", content.index(b'w:id="0"'))
            return content[:start] + notes + b"</w:footnotes>"
        return content

    return _rewrite(data, change)


def _p(text: bytes) -> bytes:
    return b"<w:p><w:r><w:t xml:space=\"preserve\">" + text + b"</w:t></w:r></w:p>"


HEAD = _p(b"72/2. Title") + _p(b"The General Assembly,") + _p(b"Recalling its resolution,")
REF = b'<w:r><w:footnoteReference w:id="%d"/></w:r>'
NOTE = b'<w:footnote w:id="%d"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:footnote>'


def test_a_deleted_footnote_reference_is_not_a_footnote(tmp_path):
    body = HEAD + (b"<w:p><w:r><w:t>1. Decides</w:t></w:r><w:del w:id=\"9\" w:author=\"x\">" + REF % 5 +
                   b"</w:del>" + REF % 6 + b"<w:r><w:t>;</w:t></w:r></w:p>") + _p(b"24th plenary meeting")
    document = read_data(_footnoted(tmp_path, body, NOTE % (5, b"Deleted note.") + NOTE % (6, b"Kept note.")),
                         "x.en.docx")
    assert [(c.number, c.offset) for c in document.unit("OP1").calls] == [(1, 7)]
    assert document.unit("FN1").text == "Kept note." and "FN2" not in document.ids()


def test_calls_without_a_footnotes_part_are_said(tmp_path):
    body = HEAD + b"<w:p><w:r><w:t>1. Decides</w:t></w:r>" + REF % 5 + b"</w:p>"
    data = _footnoted(tmp_path, body, None)

    def drop(name, content):
        return content if name != "word/footnotes.xml" else b"<x/>"

    document = read_data(_rewrite(data, drop), "x.en.docx")
    assert any("holds no footnotes part" in warning for warning in document.warnings)
