from __future__ import annotations

import json

from align.cli import main

from .conftest import EN, FR, SOURCES, UDHR, UDHR_SYMBOL, planted_french


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_clean_pair_exits_0_with_json_and_html(capsys, tmp_path):
    code, out, _ = run(capsys, "qa", EN, FR, "--glossary", SOURCES / "glossary.tbx",
                       "--json", tmp_path / "qa.json", "--html", tmp_path / "qa.html")
    assert code == 0 and "0 errors" in out
    data = json.loads((tmp_path / "qa.json").read_text(encoding="utf-8"))
    assert data["summary"]["error"] == 0 and data["source_lang"] == "en"
    assert (tmp_path / "qa.html").read_bytes().startswith(b"<!DOCTYPE html>")


def test_planted_defects_exit_1(capsys, tmp_path):
    planted = tmp_path / "A_RES_57_263.fr.txt"
    planted.write_text(planted_french(), encoding="utf-8")
    code, out, _ = run(capsys, "qa", EN, planted, "--glossary", SOURCES / "glossary.tbx", "--json", tmp_path / "qa.json")
    assert code == 1 and "5 errors" in out
    units = {(f["check"], f["unit"]) for f in json.loads((tmp_path / "qa.json").read_text(encoding="utf-8"))["findings"]
             if f["severity"] == "error"}
    assert units == {("structure", "OP5"), ("numbers", "OP8"), ("symbols", "FN6"), ("terminology", "OP3"), ("dates", "PP3")}


def test_checks_can_be_chosen_and_listed(capsys, tmp_path):
    planted = tmp_path / "A_RES_57_263.fr.txt"
    planted.write_text(planted_french(), encoding="utf-8")
    code, out, _ = run(capsys, "qa", EN, planted, "--checks", "numbers,dates")
    assert code == 1 and "2 errors" in out
    code, out, _ = run(capsys, "qa", "--list-checks")
    assert code == 0 and out.startswith("structure")


def test_udhr_english_arabic(capsys, tmp_path, udhr):
    code, out, _ = run(capsys, "qa", UDHR / "udhr.en.txt", UDHR / "udhr.ar.txt", "--symbol", UDHR_SYMBOL)
    assert code == 1
    assert "error    structure    PP4" in out


def test_bad_input_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "qa", EN, tmp_path / "none.fr.txt")
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "qa", EN, FR, "--checks", "spelling")
    assert code == 2 and "unknown check" in err
    code, _, err = run(capsys, "qa", EN)
    assert code == 2 and "give the original and the translation" in err


def test_a_folder_where_the_json_goes_is_bad_input_and_leaves_nothing(capsys, tmp_path):
    (tmp_path / "report").mkdir()
    for flag in ("--json", "--html"):
        code = main(["qa", str(EN), str(FR), flag, str(tmp_path / "report")])
        err = capsys.readouterr().err
        assert code == 2 and "a folder stands where this output goes" in err and "internal error" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]  # no .part file left behind
