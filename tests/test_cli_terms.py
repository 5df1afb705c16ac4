from __future__ import annotations

import json

from align.cli import main

from .conftest import DATA, EN, FR, SOURCES

GLOSSARY = SOURCES / "glossary.tbx"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_terms_of_two_texts(capsys, tmp_path):
    code, out, err = run(capsys, "terms", FR, EN, "--glossary", GLOSSARY, "--out", tmp_path, "--csv", tmp_path / "t.csv", "--fail-on", "deviation")
    assert code == 0 and err == ""
    assert "coopération triangulaire -> triangular cooperation: 4 units, 4 consistent, 0 deviations" in out
    data = json.loads((tmp_path / "A_RES_57_263.fr-en.terms.json").read_text(encoding="utf-8"))
    assert data["document"] == "A/RES/57/263" and data["source_lang"] == "fr" and data["target_lang"] == "en"
    assert (tmp_path / "t.csv").read_text(encoding="utf-8").startswith("source_term,target_term,unit,")


def test_fail_on_deviation_exits_1(capsys, tmp_path):
    planted = tmp_path / "A_RES_57_263.en.txt"
    planted.write_text(EN.read_text(encoding="utf-8").replace("Monterrey Consensus", "Consensus of Monterrey"), encoding="utf-8")
    code, out, _ = run(capsys, "terms", FR, planted, "--glossary", GLOSSARY, "--out", tmp_path / "o", "--fail-on", "deviation")
    assert code == 1
    assert "    OP7: missing_target; target has: Reaffirms the emphasis placed in the Consensus of Monterrey" in out
    code, _, _ = run(capsys, "terms", FR, planted, "--glossary", GLOSSARY, "--out", tmp_path / "o")
    assert code == 0


def test_terms_over_a_tmx(capsys, tmp_path):
    code, out, _ = run(capsys, "terms", DATA / "tmx" / "translate-toolkit.tmx", "--glossary", GLOSSARY, "--tgt-lang", "en", "--out", tmp_path)
    assert code == 0
    assert "same source, different targets: 1" in out
    data = json.loads((tmp_path / "translate-toolkit.terms.json").read_text(encoding="utf-8"))
    assert data["summary"]["deviations"] == 1
    code, again, _ = run(capsys, "terms", DATA / "tmx" / "translate-toolkit.tmx", "--glossary", GLOSSARY, "--tgt-lang", "en",
                         "--out", tmp_path / "one", "--workers", "1")
    assert code == 0 and again == out.replace(str(tmp_path), str(tmp_path / "one"))


def test_bad_requests_are_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, "terms", FR, EN, "--glossary", tmp_path / "none.tbx", "--out", tmp_path)
    assert code == 2 and "none.tbx: no such file; check the path" in err
    code, _, err = run(capsys, "terms", FR, "--glossary", GLOSSARY, "--out", tmp_path)
    assert code == 2 and "give the target text too" in err
    code, _, err = run(capsys, "terms", DATA / "tmx" / "translate-toolkit.tmx", "--glossary", GLOSSARY, "--out",
                       tmp_path / "two")  # a TMX of two languages: the target is the one that is not the source
    assert code == 0, err
    (tmp_path / "two" / "translate-toolkit.terms.json").unlink()
    (tmp_path / "two").rmdir()
    code, _, err = run(capsys, "terms", DATA / "tmx" / "translate-toolkit.tmx", "--glossary", GLOSSARY, "--tgt-lang", "en",
                       "--out", tmp_path, "--workers", "-2")
    assert code == 2 and "--workers -2" in err
    assert list(tmp_path.iterdir()) == []
