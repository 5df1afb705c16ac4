"""Every command takes the UN's documents in every form (source of the files: United Nations)."""

from __future__ import annotations

import io
import shutil

import pypdfium2 as pdfium

from .conftest import shared
from .test_cli import run


def _docs():
    return shared("corpus", "un-docs")


def test_align_takes_two_pdfs(capsys, tmp_path):
    code, out, err = run(capsys, "align", _docs() / "A_RES_48_161.fr.pdf", _docs() / "A_RES_48_161.en.pdf",
                         "--out", tmp_path, "--date", "2025-01-01")
    assert code == 0 and err == ""
    assert "units: 57 fr, 57 en, 57 paired" in out
    assert (tmp_path / "A_RES_48_161.fr-en.tmx").exists()


def test_qa_and_terms_take_akoma_ntoso(capsys, tmp_path):
    code, out, _ = run(capsys, "qa", _docs() / "A_RES_79_236.en.xml", _docs() / "A_RES_79_236.fr.xml")
    # the French PP4 cites resolution 78/167 "du 19 décembre 2024"; the English, of 19 December 2023
    assert code == 1 and "PP4: 19\xa0December 2023 in the original, 19\xa0décembre 2024 in the translation" in out
    glossary = tmp_path / "g.csv"
    glossary.write_text("coopération Sud-Sud,South-South cooperation\n", encoding="utf-8")
    code, out, _ = run(capsys, "terms", _docs() / "A_RES_79_236.fr.xml", _docs() / "A_RES_79_236.en.xml",
                       "--glossary", glossary, "--out", tmp_path)
    assert code == 0 and "coopération Sud-Sud -> South-South cooperation" in out


def test_tm_analyze_takes_a_word_file(capsys, tmp_path):
    word = _docs() / "word" / "N1738922.DOC"
    english = tmp_path / "A_RES_72_8.en.docx"
    shutil.copy(word, english)
    code, out, _ = run(capsys, "align", english, _docs() / "A_RES_79_236.fr.xml", "--out", tmp_path)
    assert code == 2  # two different documents: refused
    code, _, _ = run(capsys, "align", _docs() / "A_RES_48_161.en.pdf", _docs() / "A_RES_48_161.fr.pdf",
                     "--out", tmp_path, "--date", "2025-01-01")
    assert code == 0
    tmx = tmp_path / "A_RES_48_161.en-fr.tmx"
    code, out, _ = run(capsys, "tm", "analyze", english, "--tm", tmx, "--tgt-lang", "fr")
    assert code == 0 and "total" in out


def test_batch_takes_the_unxml_layout(capsys, tmp_path):
    session = shared("corpus", "unxml", "79session")
    for language, letter in (("English", "E"), ("French", "F")):
        (tmp_path / "in" / language).mkdir(parents=True)
        for stem in ("A_RES_79_236-2424614", "A_RES_79_131-2423488"):
            shutil.copy(session / language / f"{stem}{letter}.xml", tmp_path / "in" / language)
    code, out, _ = run(capsys, "batch", tmp_path / "in", "--src-lang", "en", "--tgt-lang", "fr",
                       "--out", tmp_path / "out", "--workers", "1", "--date", "2025-01-01")
    assert code == 0 and "2 documents (0 reused), 0 failed, 0 without a version" in out


def test_a_scanned_pdf_is_bad_input_and_nothing_is_written(capsys, tmp_path):
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    scan = tmp_path / "scan.fr.pdf"
    scan.write_bytes(buffer.getvalue())
    code, out, err = run(capsys, "align", scan, _docs() / "A_RES_48_161.en.pdf", "--out", tmp_path / "out")
    assert code == 2 and out == ""
    assert err.startswith(f"untm: {scan}: the PDF has no text layer") and "OCR" in err
    assert not (tmp_path / "out").exists()


def test_swapped_names_are_refused_naming_both_languages_or_put_right(capsys, tmp_path):
    from .conftest import EN, FR

    english_named = tmp_path / "A_RES_57_263.en.txt"
    french_named = tmp_path / "A_RES_57_263.fr.txt"
    english_named.write_bytes(FR.read_bytes())  # the French text under the English name
    french_named.write_bytes(EN.read_bytes())
    code, out, err = run(capsys, "align", french_named, english_named, "--out", tmp_path / "out")
    assert code == 2 and out == "" and not (tmp_path / "out").exists()
    assert "its text is in 'en'" in err and "not in 'fr'" in err
    code, out, err = run(capsys, "align", french_named, english_named, "--out", tmp_path / "out",
                         "--fix-languages", "--date", "2025-01-01")
    assert code == 0 and "A/RES/57/263  en -> fr" in out
    tmx = (tmp_path / "out" / "A_RES_57_263.en-fr.tmx").read_text(encoding="utf-8")
    assert '<tuv xml:lang="fr">\n   <seg>Coopération économique' in tmx


def test_a_language_given_the_wrong_way_round_is_refused(capsys):
    from .conftest import EN, FR

    code, _, err = run(capsys, "qa", FR, EN, "--src-lang", "en", "--tgt-lang", "fr")
    assert code == 2 and "its text is in 'fr'" in err and "not in 'en'" in err
