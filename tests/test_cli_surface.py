"""What the command line takes from context, filters, examples, quiet runs and completion."""

from __future__ import annotations

import pytest

from align.cli import build_parser, main

from .conftest import EN, FR, ROOT

GLOSSARY = "coopération Sud-Sud,North-South cooperation\n"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_qa_lists_only_what_is_asked_for(tmp_path, capsys):
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    code, out, _ = run(capsys, "qa", FR, EN, "--glossary", glossary)
    assert code == 1 and "terminology" in out
    code, out, _ = run(capsys, "qa", FR, EN, "--glossary", glossary, "--exclude", "terminology")
    assert code == 0 and "terminology" not in out and out.strip().endswith("0 errors, 0 warnings, 0 notes")
    code, out, _ = run(capsys, "qa", FR, EN, "--glossary", glossary, "--severity", "error", "--json", tmp_path / "q.json")
    assert code == 1 and all(line.startswith("error") for line in out.splitlines()[:-1])
    code, _, err = run(capsys, "qa", FR, EN, "--exclude", "spelling")
    assert code == 2 and "--exclude spelling: no such check" in err


def test_terms_takes_the_glossary_beside_the_source_and_the_other_language_of_a_tmx(tmp_path, capsys):
    for path in (FR, EN, ROOT / "sources" / "glossary.tbx"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    fr, en = tmp_path / FR.name, tmp_path / EN.name
    code, out, _ = run(capsys, "terms", fr, en, "--out", tmp_path / "t")
    assert code == 0, out
    assert (tmp_path / "t" / "A_RES_57_263.fr-en.terms.json").is_file()
    assert run(capsys, "align", fr, en, "--out", tmp_path / "a")[0] == 0
    code, out, err = run(capsys, "terms", tmp_path / "a" / "A_RES_57_263.fr-en.tmx", "--glossary",
                         tmp_path / "glossary.tbx", "--out", tmp_path / "t2")
    assert code == 0, err
    code, _, err = run(capsys, "terms", tmp_path / "a" / "A_RES_57_263.fr-en.tmx", "--out", tmp_path / "t3")
    assert code == 2 and "give --glossary FILE" in err


def test_export_takes_its_format_from_the_name(tmp_path, capsys):
    assert run(capsys, "align", FR, EN, "--out", tmp_path)[0] == 0
    tmx = tmp_path / "A_RES_57_263.fr-en.tmx"
    assert run(capsys, "tm", "export", tmx, "-o", tmp_path / "x.xlf")[0] == 0
    assert b'version="1.2"' in (tmp_path / "x.xlf").read_bytes()
    assert run(capsys, "tm", "export", tmx, "-o", tmp_path / "x.tsv")[0] == 0
    assert (tmp_path / "x.tsv").read_text(encoding="utf-8").startswith("fr\ten")
    code, _, err = run(capsys, "tm", "export", tmx, "-o", tmp_path / "x.dat")
    assert code == 2 and "give --format" in err


def test_batch_takes_the_other_language_of_a_two_language_folder(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / FR.name).write_bytes(FR.read_bytes())
    (folder / EN.name).write_bytes(EN.read_bytes())
    code, out, _ = run(capsys, "batch", folder, "--tgt-lang", "en", "--out", tmp_path / "o", "--workers", "1")
    assert code == 0 and (tmp_path / "o" / "corpus.fr-en.tmx").is_file()
    code, _, err = run(capsys, "batch", folder, "--out", tmp_path / "p")
    assert code == 2 and "say which is the source (--src-lang en or --src-lang fr)" in err


def test_every_command_ends_its_help_with_examples(capsys):
    for command in (["align"], ["qa"], ["terms"], ["batch"], ["tm"], ["tm", "check"], ["tm", "merge"],
                    ["tm", "stats"], ["tm", "export"], ["tm", "index"], ["tm", "analyze"], ["completion"], []):
        with pytest.raises(SystemExit):
            build_parser().parse_args([*command, "--help"])
        shown = capsys.readouterr().out
        assert "\nexamples:\n  untm " in shown, command


def test_quiet_says_only_why_a_run_failed(tmp_path, capsys):
    code, out, err = run(capsys, "-q", "align", FR, EN, "--out", tmp_path, "--fail-on", "low-confidence",
                         "--min-confidence", "0.95")
    assert code == 1 and out.startswith("fail: ") and all(line.startswith("fail: ") for line in out.splitlines())
    assert err == "" and (tmp_path / "A_RES_57_263.fr-en.tmx").is_file()
    code, out, err = run(capsys, "-q", "align", FR, tmp_path / "none.txt", "--out", tmp_path / "x")
    assert code == 2 and out == "" and err.startswith("untm: ")


def test_completion_scripts_name_the_commands(capsys):
    for shell in ("bash", "zsh"):
        code, out, _ = run(capsys, "completion", shell)
        assert code == 0 and "align" in out and "batch" in out and "--min-confidence" in out


def test_counts_are_worded_in_the_singular_and_the_plural():
    from align.model import counted
    from align.qa.footnotes import _footnotes

    assert [counted(n, "unit") for n in (0, 1, 2)] == ["0 units", "1 unit", "2 units"]
    assert counted(1, "TU") == "1 TU" and counted(3, "analysis", "analyses") == "3 analyses"
    assert (_footnotes([5]), _footnotes([5, 6]), _footnotes([])) == ("footnote 5", "footnotes 5, 6", "no footnote")


def test_a_missing_file_is_worded_the_same_whatever_it_is(tmp_path, capsys):
    missing = tmp_path / "none"
    asks = [("align", missing, EN), ("align", FR, EN, "--glossary", missing), ("align", FR, EN, "--srx", missing),
            ("tm", "stats", missing), ("tm", "check", missing), ("tm", "analyze", FR, "--tm", missing),
            ("terms", missing, "--glossary", missing)]
    for ask in asks:
        code, _, err = run(capsys, *ask, "--out", tmp_path / "o") if ask[0] == "align" else run(capsys, *ask)
        assert code == 2 and f"{missing}: no such file" in err and "; check the path" in err, (ask, err)


def test_language_codes_for_the_tmx_are_bcp47_tags_in_their_standard_form(tmp_path, capsys):
    from align.errors import UntmError
    from align.languages import tmx_code

    assert [tmx_code(c, l) for c, l in (("fr_fr", "fr"), ("FR-fr", "fr"), ("zh-hans-cn", "zh"), ("es-419", "es"))] \
        == ["fr-FR", "fr-FR", "zh-Hans-CN", "es-419"]
    for code, language in (("de-DE", "fr"), ("fr-XYZ123", "fr"), ("french", "fr")):
        with pytest.raises(UntmError, match="is not a code for"):
            tmx_code(code, language)
    assert run(capsys, "align", FR, EN, "--out", tmp_path, "--src-code", "fr_fr", "--tgt-code", "en-gb")[0] == 0
    text = (tmp_path / "A_RES_57_263.fr-en.tmx").read_text(encoding="utf-8")
    assert 'xml:lang="fr-FR"' in text and 'xml:lang="en-GB"' in text


def test_o_names_an_output_file_in_every_command_that_writes_one(tmp_path, capsys):
    assert run(capsys, "qa", FR, EN, "-o", tmp_path / "q.json", "-o", tmp_path / "q.html")[0] == 0
    assert (tmp_path / "q.json").read_text(encoding="utf-8").startswith("{")
    assert (tmp_path / "q.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    code, _, err = run(capsys, "qa", FR, EN, "-o", tmp_path / "q.txt")
    assert code == 2 and "give one .json and one .html file at most" in err
    assert run(capsys, "align", FR, EN, "--out", tmp_path / "a")[0] == 0
    tmx = tmp_path / "a" / "A_RES_57_263.fr-en.tmx"
    assert run(capsys, "tm", "stats", tmx, "-o", tmp_path / "s.json")[0] == 0
    assert run(capsys, "tm", "stats", tmx, "--json", tmp_path / "s2.json")[0] == 0  # as before: an alias
    assert (tmp_path / "s.json").read_bytes() == (tmp_path / "s2.json").read_bytes()
    assert run(capsys, "tm", "analyze", FR, "--tm", tmx, "-o", tmp_path / "l.json")[0] == 0
    assert (tmp_path / "l.json").is_file()


def test_option_values_are_named_for_what_they_are(capsys):
    for command in (["align"], ["qa"], ["terms"], ["batch"], ["tm", "merge"], ["tm", "stats"], ["tm", "export"],
                    ["tm", "index"], ["tm", "analyze"]):
        with pytest.raises(SystemExit):
            build_parser().parse_args([*command, "--help"])
        usage = capsys.readouterr().out.split("\n\n")[0]
        for bad in ("SRC_LANG", "TGT_LANG", "SRX]", "WORKERS", "OUT]", "JSON]", "GLOSSARY]", "SCHEDULER", "_CODE"):
            assert bad not in usage, (command, bad)


def test_tm_check_passes_on_every_tmx_untm_writes(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ("A_RES_57_263", "copy"):
        (folder / f"{stem}.fr.txt").write_bytes(FR.read_bytes())
        (folder / f"{stem}.en.txt").write_bytes(EN.read_bytes())
    assert run(capsys, "align", FR, EN, "--out", tmp_path / "a", "--src-code", "fr-FR", "--flag-doubtful")[0] == 0
    assert run(capsys, "batch", folder, "--src-lang", "fr", "--tgt-lang", "en", "--out", tmp_path / "b",
               "--workers", "1")[0] == 0
    written = sorted((tmp_path / "a").glob("*.tmx")) + sorted((tmp_path / "b").glob("*.tmx"))
    assert run(capsys, "tm", "merge", *written, "-o", tmp_path / "merged.tmx")[0] == 0
    written.append(tmp_path / "merged.tmx")
    assert len(written) == 9
    code, out, _ = run(capsys, "tm", "check", *written)
    assert code == 0 and out.count("valid TMX 1.4b") == 9, out


def test_a_folder_in_many_languages_asks_for_the_language_not_given(capsys):
    from .conftest import shared

    folder = shared("corpus", "unxml", "79session")
    code, _, err = run(capsys, "batch", folder, "--tgt-lang", "fr")
    assert code == 2 and err.rstrip().endswith("its documents are in ar, en, es, fr, ru, zh; give --src-lang"), err


def test_quiet_and_verbose_are_taken_after_the_command_too(tmp_path, capsys):
    # "untm align a b -q" as "untm -q align a b"; in a sub-command of tm too; absent after, as said before
    code, out, _ = run(capsys, "align", FR, EN, "--out", tmp_path, "-q")
    assert code == 0 and out == ""
    code, out, _ = run(capsys, "tm", "stats", tmp_path / "A_RES_57_263.fr-en.tmx", "--quiet")
    assert code == 0 and out == ""
    code, out, _ = run(capsys, "-q", "tm", "stats", tmp_path / "A_RES_57_263.fr-en.tmx")
    assert code == 0 and out == ""
    assert build_parser().parse_args(["qa", "a", "b", "-v"]).verbose
    assert not build_parser().parse_args(["qa", "a", "b"]).verbose
