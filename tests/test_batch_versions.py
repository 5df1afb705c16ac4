"""A batch of three languages: one TMX of them all, the same for any number of workers, resumable."""

from __future__ import annotations

import json
import shutil

import pytest
from lxml import etree

from align.cli import main
from tmx.check import check_tmx

from .conftest import shared

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCUMENTS = ("A_RES_79_10-2421660", "A_RES_79_100-2423545", "A_RES_79_101-2423543")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Three resolutions of the 79th session (the UN's Akoma Ntoso files) in English, French and Spanish, laid
    out as UNxml has them; the Spanish of the third left out."""
    session = shared("corpus", "unxml", "79session")
    folder = tmp_path_factory.mktemp("three")
    for language, letter in (("English", "E"), ("French", "F"), ("Spanish", "S")):
        (folder / language).mkdir()
        for name in DOCUMENTS:
            if not (language == "Spanish" and name == DOCUMENTS[2]):
                found = next((session / language).glob(f"{name}{letter}.xml"))
                shutil.copy(found, folder / language / found.name)
    return folder


def test_one_memory_of_every_language(folder, tmp_path, capsys, spec_dir):
    assert main(["batch", str(folder), "--src-lang", "en", "--out", str(tmp_path), "--workers", "1",
                 "--date", "20250101T000000Z"]) == 1  # a document without its Spanish
    said = capsys.readouterr().out
    assert "3 documents (0 reused), 0 failed, 0 without a version, 1 without some of the languages" in said
    assert "incomplete: A_RES_79_101: no es version: aligned without" in said
    memory = tmp_path / "corpus.en-es-fr.tmx"
    tree = etree.parse(str(memory))
    languages = [[tuv.get(XML_LANG) for tuv in tu.iter("tuv")] for tu in tree.iter("tu")]
    documents = [tu.findtext("prop[@type='x-document']") for tu in tree.iter("tu")]
    whole = [langs for langs, doc in zip(languages, documents) if doc != "A/RES/79/101"]
    assert whole and sum(langs == ["en", "es", "fr"] for langs in whole) >= 0.95 * len(whole)
    assert {tuple(langs) for langs, doc in zip(languages, documents) if doc == "A/RES/79/101"} == {("en", "fr")}
    dtd, xsd = etree.DTD(str(spec_dir / "tmx14.dtd")), etree.XMLSchema(etree.parse(str(spec_dir / "tmx14.xsd")))
    for path in tmp_path.glob("*.tmx"):
        assert check_tmx(path) == [], path
        assert dtd.validate(etree.parse(str(path))) and xsd.validate(etree.parse(str(path))), path
    summary = json.loads((tmp_path / "corpus.summary.json").read_text(encoding="utf-8"))
    assert summary["target_langs"] == ["es", "fr"] and summary["incomplete"] == [
        {"document": "A_RES_79_101", "error": "no es version: aligned without"}]


def test_workers_and_resume_give_the_same_bytes(folder, tmp_path, capsys):
    for name, extra in (("one", ["--workers", "1"]), ("two", ["--workers", "2"])):
        assert main(["batch", str(folder), "--langs", "en,fr,es", "--out", str(tmp_path / name), "--date",
                     "20250101T000000Z", *extra]) == 1  # the Spanish of one document is not there
    capsys.readouterr()
    assert main(["batch", str(folder), "--langs", "en,fr,es", "--out", str(tmp_path / "one"), "--date",
                 "20250101T000000Z", "--workers", "1", "--resume"]) == 1
    assert "3 documents (3 reused)" in capsys.readouterr().out
    for suffix in ("", ".paragraphs", ".review", ".paragraphs.review"):
        name = f"corpus.en-fr-es{suffix}.tmx"
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_two_languages_stay_a_pair(folder, tmp_path):
    assert main(["batch", str(folder), "--langs", "en,fr", "--out", str(tmp_path / "a"), "--date",
                 "20250101T000000Z", "--workers", "1"]) == 0
    assert main(["batch", str(folder), "--src-lang", "en", "--tgt-lang", "fr", "--out", str(tmp_path / "b"), "--date",
                 "20250101T000000Z", "--workers", "1"]) == 0
    assert (tmp_path / "a" / "corpus.en-fr.tmx").read_bytes() == (tmp_path / "b" / "corpus.en-fr.tmx").read_bytes()


@pytest.mark.parametrize(("args", "message"), [
    (["--langs", "en,fr,fr"], "a language is given twice; give each once"),
    (["--langs", "en"], "give two languages or more"),
    (["--langs", "en,fr,es", "--tgt-code", "fr-FR"], "--tgt-code names one target's code"),
])
def test_bad_language_lists(folder, tmp_path, capsys, args, message):
    assert main(["batch", str(folder), *args, "--out", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err


def test_a_document_with_two_versions_in_one_language_is_left_out_and_said_so(tmp_path):
    """Which of two French files is the version is not untm's guess to make, for a pair as for several
    languages."""
    from align.batch import plan
    from align.batch_versions import plan_versions

    from .conftest import EN, FR

    for name, source in (("A_RES_57_263.en.txt", EN), ("A_RES_57_263.fr.txt", FR), ("A_RES_57_263.fr.xml", FR),
                         ("B.en.txt", EN), ("B.fr.txt", FR)):
        shutil.copy(source, tmp_path / name)
    said = "several fr versions (A_RES_57_263.fr.txt, A_RES_57_263.fr.xml): keep one"
    assert plan(tmp_path, "en", "fr").missing == (("A_RES_57_263", said),)
    assert plan(tmp_path, "en", "fr").stems == ("B",)
    versions = plan_versions(tmp_path, "en", ("fr",))
    assert versions.missing == (("A_RES_57_263", said),) and versions.stems == ("B",)
