"""``untm tm ...`` as a user runs it."""

from __future__ import annotations

import json

import pytest

from align.cli import main
from align.model import LanguagePair
from tmx.index import TmIndex, index_path

from .conftest import DATA, FR

TMX = DATA / "tmx"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_names_each_problem_with_file_and_line(capsys, untm_tmx):
    code, text, err = run(capsys, "tm", "check", untm_tmx, TMX / "flawed.tmx")
    lines = text.splitlines()
    assert code == 1 and err == ""
    assert lines[0] == f"{untm_tmx}: valid TMX 1.4b"
    assert lines[1] == f"{TMX / 'flawed.tmx'}:3: <header> lacks the required attribute adminlang"
    assert f"{TMX / 'flawed.tmx'}:17: <b> is not allowed in <seg>" in lines
    assert lines[-1] == f"{TMX / 'flawed.tmx'}: 11 problems"


def test_check_of_valid_files_is_exit_0(capsys, untm_tmx):
    code, text, _ = run(capsys, "tm", "check", untm_tmx, TMX / "inline-multilingual.tmx")
    assert code == 0 and text.count("valid TMX 1.4b") == 2


def test_check_reports_what_other_tools_get_wrong(capsys):
    code, text, _ = run(capsys, "tm", "check", TMX / "translate-toolkit.tmx")
    assert code == 1 and text.splitlines() == [
        f"{TMX / 'translate-toolkit.tmx'}:4: o-tmf 'UTF-8' names an encoding, not a TM format",
        f"{TMX / 'translate-toolkit.tmx'}: 1 problem",
    ]


def test_check_of_a_missing_file_is_exit_2_before_any_work(capsys, tmp_path, untm_tmx):
    code, text, err = run(capsys, "tm", "check", untm_tmx, tmp_path / "none.tmx")
    assert code == 2 and text == "" and "none.tmx: no such file; check the path" in err


def test_merge_prints_counts_and_conflicts(capsys, tmp_path, untm_tmx):
    out = tmp_path / "merged.tmx"
    code, text, err = run(capsys, "tm", "merge", untm_tmx, TMX / "translate-toolkit.tmx", TMX / "omegat-1.1.tmx",
                          "-o", out, "--src-lang", "fr", "--tgt-lang", "en", "--date", "2002-12-20")
    assert code == 0 and err == ""
    assert f"wrote {out}: 28 TUs from 3 files; 2 exact duplicates removed; 1 conflicting source" in text
    assert "conflict: Coopération Sud-Sud" in text and "-> South–South co-operation  [translate-toolkit.tmx]" in text
    assert "skipped: omegat-1.1.tmx: no variant in the source language: 1 (first at line 23)" in text
    assert 'srclang="fr"' in out.read_text(encoding="utf-8")


def test_stats_with_json(capsys, tmp_path, untm_tmx):
    code, text, _ = run(capsys, "tm", "stats", untm_tmx, "--json", tmp_path / "s.json")
    assert code == 0 and "TUs: 25" in text
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["documents"] == {"A/RES/57/263": 25}


@pytest.mark.parametrize(("fmt", "names"), [("tsv", ["tm.tsv"]), ("xliff", ["tm.xlf"]), ("moses", ["tm.en", "tm.fr"])])
def test_export_formats(capsys, tmp_path, untm_tmx, fmt, names):
    target = tmp_path / ("tm.tsv" if fmt == "tsv" else "tm.xlf" if fmt == "xliff" else "tm")
    code, text, _ = run(capsys, "tm", "export", untm_tmx, "--format", fmt, "-o", target)
    assert code == 0 and "25 TUs exported" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_index_then_analyze(capsys, tmp_path, untm_tmx):
    tm = tmp_path / "tm.tmx"
    tm.write_bytes(untm_tmx.read_bytes())
    code, text, _ = run(capsys, "tm", "index", tm)
    assert code == 0 and "25 TUs indexed" in text and (tmp_path / "tm.tmx.index").exists()
    code, text, _ = run(capsys, "tm", "analyze", FR, "--tm", tm, "--json", tmp_path / "lev.json")
    assert code == 0
    # words as CAT tools count them: the French "; : ?" that stand alone between spaces are none
    assert "100%              25       953    100.0%" in text
    data = json.loads((tmp_path / "lev.json").read_text(encoding="utf-8"))
    assert data["total"]["100%"] == {"segments": 25, "words": 953}
    # the stored index is the one the analysis asks for: built for the French the document is in
    assert TmIndex.open_fresh(tm, index_path(tm), LanguagePair("fr", None)) is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"plain text, not XML", "bad.tmx:1: not well-formed XML"),
        (b'<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="fr"/>\n<body>\n<tu>', "bad.tmx:5: not well-formed XML"),
        (b'<?xml version="1.0"?>\n<root/>', "not a TMX file"),
    ],
)
def test_bad_tmx_is_exit_2_with_file_and_line(capsys, tmp_path, content, message):
    bad = tmp_path / "bad.tmx"
    bad.write_bytes(content)
    for args in (["stats", bad], ["merge", bad, "-o", tmp_path / "m.tmx"], ["export", bad, "--format", "tsv", "-o", tmp_path / "x.tsv"]):
        code, text, err = run(capsys, "tm", *args)
        assert code == 2 and message in err and err.count("\n") == 1, args
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.tmx"]


def test_missing_tm_is_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, "tm", "analyze", FR, "--tm", tmp_path / "none.tmx")
    assert code == 2 and "none.tmx: no such file; check the path" in err


def test_other_tools_tmx_export_and_analyze(capsys, tmp_path):
    code, text, _ = run(capsys, "tm", "export", TMX / "omegat-1.1.tmx", "--format", "tsv", "-o", tmp_path / "o.tsv", "--src-lang", "fr", "--tgt-lang", "en")
    assert code == 0 and "2 TUs exported" in text
    rows = (tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "FR\tEN-GB\ttuid" and rows[2] == "Ibid. par. 43.\tIbid., para. 43.\t"
    code, text, _ = run(capsys, "tm", "analyze", FR, "--tm", TMX / "omegat-1.1.tmx", "--json", tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert code == 0 and data["tm_units"] == 2
    assert data["units"]["OP1"]["100%"]["segments"] == 1 and data["units"]["FN5"]["100%"]["segments"] == 1
    code, text, _ = run(capsys, "tm", "analyze", FR, "--tm", TMX / "translate-toolkit.tmx")
    assert code == 0 and "no match" in text


def test_the_export_formats_the_parser_offers_are_those_the_exporter_has():
    from align.cli_tm import EXPORT_FORMATS
    from tmx.export import ExportFormat

    assert set(EXPORT_FORMATS) == {f.value for f in ExportFormat}
