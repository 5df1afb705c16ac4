"""One job, wired once: ``align``, ``qa``, ``terms`` and ``batch`` find the same on the same pair."""

from __future__ import annotations

import json

from align.cli import main
from align.glossary import read_glossary

from .conftest import EN, FR

GLOSSARY = "coopération Sud-Sud,North-South cooperation\ncoopération triangulaire,triangular cooperation\n"


def test_every_command_finds_the_same_on_the_same_pair(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "A_RES_57_263.fr.txt").write_bytes(FR.read_bytes())
    (folder / "A_RES_57_263.en.txt").write_bytes(EN.read_bytes())
    glossary = tmp_path / "glossary.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    fr, en, gl = (str(p) for p in (folder / "A_RES_57_263.fr.txt", folder / "A_RES_57_263.en.txt", glossary))

    assert main(["align", fr, en, "--glossary", gl, "--out", str(tmp_path / "align")]) == 0
    aligned = json.loads((tmp_path / "align" / "A_RES_57_263.fr-en.qa.json").read_text(encoding="utf-8"))
    assert main(["qa", fr, en, "--glossary", gl, "--json", str(tmp_path / "qa.json")]) == 1
    checked = json.loads((tmp_path / "qa.json").read_text(encoding="utf-8"))
    assert main(["terms", fr, en, "--glossary", gl, "--out", str(tmp_path / "terms")]) == 0
    assert main(["batch", str(folder), "--src-lang", "fr", "--tgt-lang", "en", "--glossary", gl,
                 "--out", str(tmp_path / "batch"), "--workers", "1"]) == 0
    capsys.readouterr()
    batched = json.loads((tmp_path / "batch" / "corpus.summary.json").read_text(encoding="utf-8"))

    errors = [f for f in aligned["findings"] if f["severity"] == "error"]
    assert errors and {f["check"] for f in errors} == {"terminology"}  # the glossary's wrong rendering
    assert aligned["findings"] == checked["findings"]
    assert batched["documents"][0]["qa_errors"] == len(errors)
    terms_alone = json.loads((tmp_path / "terms" / "A_RES_57_263.fr-en.terms.json").read_text(encoding="utf-8"))
    terms_aligned = json.loads((tmp_path / "align" / "A_RES_57_263.fr-en.terms.json").read_text(encoding="utf-8"))
    assert terms_alone == terms_aligned


def test_a_batch_finds_the_glossary_in_its_folder(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "A_RES_57_263.fr.txt").write_bytes(FR.read_bytes())
    (folder / "A_RES_57_263.en.txt").write_bytes(EN.read_bytes())
    assert main(["batch", str(folder), "--src-lang", "fr", "--tgt-lang", "en", "--out", str(tmp_path / "a"),
                 "--workers", "1"]) == 0
    (folder / "glossary.tbx").write_bytes((FR.parent / "glossary.tbx").read_bytes())
    assert main(["batch", str(folder), "--src-lang", "fr", "--tgt-lang", "en", "--out", str(tmp_path / "b"),
                 "--workers", "1"]) == 0
    (folder / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    assert main(["batch", str(folder), "--src-lang", "fr", "--tgt-lang", "en", "--out", str(tmp_path / "c"),
                 "--workers", "1", "--glossary", str(folder / "glossary.csv")]) == 0
    capsys.readouterr()
    without, beside, given = (json.loads((tmp_path / name / "corpus.summary.json").read_text(encoding="utf-8"))
                              for name in "abc")
    assert without["glossary"] is None and beside["glossary"] == str(folder / "glossary.tbx")
    assert given["glossary"] == str(folder / "glossary.csv")
    assert without["documents"][0]["qa_errors"] == 0 and given["documents"][0]["qa_errors"] > 0


def test_a_glossary_without_a_pair_is_read_once_and_refused_each_time(tmp_path, monkeypatch):
    """A batch of six languages asks, for each document, for each language an en-fr glossary lacks: the file is
    read once and the refusal remembered, but each raise is a new error, whose traceback does not gather every
    caller's frames (and the documents they hold)."""
    import traceback

    from align import pipeline
    from align.errors import GlossaryLanguagesError

    glossary = tmp_path / "g.tbx"
    glossary.write_bytes((FR.parent / "glossary.tbx").read_bytes())
    reads = []
    monkeypatch.setattr(pipeline, "read_glossary", lambda *args: reads.append(args) or read_glossary(*args))
    raised = []
    for _ in range(3):
        try:
            pipeline.glossary_for(glossary, "fr", "ru")
        except GlossaryLanguagesError as refused:
            raised.append(refused)
    assert len(reads) == 1
    assert len(raised) == 3 and len({id(e) for e in raised}) == 3
    assert {len(traceback.extract_tb(e.__traceback__)) for e in raised} == {2}
    assert str(raised[0]).endswith("no entry with both a fr and a ru term; check the glossary's languages")
