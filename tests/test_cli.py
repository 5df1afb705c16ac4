"""The command line: what a user types, sees, and gets back as an exit code."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from align.cli import main, tmx_date
from align.errors import UntmError

from .conftest import EN, FR, ROOT


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_align_prints_a_summary_and_the_files(capsys, tmp_path):
    code, out, err = run(capsys, "align", FR, EN, "--out", tmp_path, "--date", "2002-12-20")
    assert code == 0 and err == ""
    assert "units: 25 fr, 25 en, 25 paired" in out
    assert "lowest confidences:" in out
    assert f"wrote {tmp_path / 'A_RES_57_263.fr-en.tmx'}" in out


def _file(name: str, data: bytes):
    def make(directory):
        path = directory / name
        path.write_bytes(data)
        return path

    return make


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "absent.en.txt", "absent.en.txt: no such file; check the path"),
        (_file("empty.en.txt", b""), "the file is empty"),
        (_file("bin.en.txt", b"\x00\x01\x02PK"), "NUL bytes"),
        (lambda d: d, "a folder, not a file; give a file"),
        (
            _file("x.en.txt", EN.read_bytes().replace(b"57/263.", b"57/264.")),
            "give two language versions of the same document",
        ),
        (_file("noname.txt", b"x\n"), "cannot tell the language"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_file(capsys, tmp_path, make, message):
    target = make(tmp_path)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "align", FR, target, "--out", out_dir)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err and err.startswith("untm: ")
    assert not out_dir.exists() or list(out_dir.iterdir()) == []


def test_bad_srx_and_bad_date_are_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, "align", FR, EN, "--out", tmp_path, "--srx", tmp_path / "none.srx")
    assert code == 2 and "no such file (the SRX rules)" in err
    for date in ("yesterday", "99999999T999999Z", "2002-02-30"):
        code, _, err = run(capsys, "align", FR, EN, "--out", tmp_path, "--date", date)
        assert code == 2 and "2002-12-20T10:00:00Z" in err, date
    assert list(tmp_path.iterdir()) == []


def test_dates_for_the_tmx_header():
    assert tmx_date("2002-12-20", None) == "20021220T000000Z"
    assert tmx_date("2002-12-20T10:30:00+01:00", None) == "20021220T093000Z"
    assert tmx_date("20021220T103000Z", None) == "20021220T103000Z"
    assert tmx_date(None, "1040342400") == "20021220T000000Z"
    with pytest.raises(UntmError, match="SOURCE_DATE_EPOCH"):
        tmx_date(None, "soon")


def test_python_m_align_is_the_same_command(tmp_path):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1040342400", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "align", "align", str(FR), str(EN), "--out", str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert 'creationdate="20021220T000000Z"' in (tmp_path / "A_RES_57_263.fr-en.tmx").read_text(encoding="utf-8")


def test_a_pipe_closed_early_keeps_the_exit_status(tmp_path):
    """``untm align ... --fail-on ... | head``: the reader goes away at once; the check's 1 still comes out."""
    cut = tmp_path / "A_RES_57_263.en.txt"
    text = EN.read_text(encoding="utf-8")
    cut.write_text(text[: text.index(" 5. Recommends")] + text[text.index(" 6. Requests"):], encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "align", "align", str(FR), str(cut), "--out", str(tmp_path / "o"),
                              "--fail-on", "unpaired"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    child.stdout.close()  # before the first line is printed: the command starts in well over a millisecond
    err = child.stderr.read().decode()
    assert child.wait() == 1 and err == ""
    assert (tmp_path / "o" / "A_RES_57_263.fr-en.tmx").exists()


def test_binary_output_to_a_pipe_closed_early_is_no_internal_error(tmp_path):
    """``untm tm export BIG.tmx -o - | head``: the bytes copied to standard output after the reader has gone
    are dropped, as the printed lines are, and the command ends as it would have (exit 0, nothing said)."""
    from tmx.units import TmxHeader, TmxUnit, Variant
    from tmx.writer import write_tmx

    big = tmp_path / "big.tmx"  # more than a pipe holds (64 KiB)
    with big.open("wb") as stream:
        write_tmx(stream, TmxHeader("fr", "sentence", "20250101T000000Z", "1"), (
            TmxUnit(str(n), (Variant("fr", f"Phrase numéro {n} " * 5), Variant("en", f"Sentence number {n} " * 5)))
            for n in range(3000)))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "align", "tm", "export", str(big), "-o", "-"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    child.stdout.readline()
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait() == 0 and "internal error" not in err, err


def test_the_installed_package_holds_every_module_and_the_rules(tmp_path):
    """Run away from the source tree, so that what is imported is what pip installed."""
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for package in ("align", "tmx") for path in (ROOT / package).rglob("*.py") if path.name != "__main__.py"
    )
    script = ("import importlib, sys\nfor name in sys.argv[1:]: importlib.import_module(name)\n"
              "from align.srx import default_rules; default_rules()")
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", script, *modules], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "align.qa.typography" in modules and done.returncode == 0, done.stderr


def test_out_pointing_at_an_input_file_is_refused(capsys):
    code, _, err = run(capsys, "align", FR, EN, "--out", FR)
    assert code == 2 and "cannot create the output directory" in err
    assert FR.read_bytes().startswith(b" 57/263.")


def test_a_file_where_the_batch_output_folder_goes_is_refused(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in (FR, EN):
        (folder / path.name).write_bytes(path.read_bytes())
    blocking = tmp_path / "out.txt"
    blocking.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "batch", str(folder), "--src-lang", "fr", "--out", str(blocking))
    assert code == 2 and "cannot create the output directory (a file stands there)" in err
    assert blocking.read_text(encoding="utf-8") == "keep me"


def test_an_internal_error_is_one_line_not_a_traceback(capsys, monkeypatch):
    import align.job

    def broken(job):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(align.job, "run_align", broken)
    monkeypatch.delenv("UNTM_DEBUG", raising=False)
    code, _, err = run(capsys, "align", FR, EN)
    assert code == 70 and err.count("\n") == 1 and "internal error (ZeroDivisionError: a bug)" in err


def test_fail_on_exits_1_for_pipelines_and_writes_the_files_all_the_same(capsys, tmp_path):
    code, out, _ = run(capsys, "align", FR, EN, "--out", tmp_path / "clean", "--date", "2002-12-20",
                       "--fail-on", "unpaired,qa-error")
    assert code == 0 and "fail:" not in out
    cut = tmp_path / "A_RES_57_263.en.txt"
    text = EN.read_text(encoding="utf-8")
    cut.write_text(text[: text.index(" 5. Recommends")] + text[text.index(" 6. Requests"):], encoding="utf-8")
    code, out, _ = run(capsys, "align", FR, cut, "--out", tmp_path / "cut", "--date", "2002-12-20",
                       "--fail-on", "unpaired")
    assert code == 1 and "fail: 1 unit on one side only: OP5" in out
    assert (tmp_path / "cut" / "A_RES_57_263.fr-en.tmx").exists()
    code, out, _ = run(capsys, "align", FR, EN, "--out", tmp_path / "low", "--fail-on", "low-confidence",
                       "--min-confidence", "0.99")
    assert code == 1 and "under confidence 0.99" in out


def test_the_summary_says_what_was_kept_out_of_the_memory_and_where(capsys, tmp_path):
    code, out, _ = run(capsys, "align", FR, EN, "--out", tmp_path / "o", "--min-confidence", "0.95")
    said = next(line for line in out.splitlines() if line.startswith("under confidence 0.95"))
    assert code == 0 and "kept out of the TM, in the .review.tmx files" in said and "FN2:1" in said
    code, out, _ = run(capsys, "align", FR, EN, "--out", tmp_path / "f", "--min-confidence", "0.95", "--flag-doubtful")
    assert code == 0 and "flagged in the TM (x-review)" in out
    with pytest.raises(SystemExit) as refused:  # a percentage for a probability: a usage error
        main(["align", str(FR), str(EN), "--out", str(tmp_path / "p"), "--min-confidence", "95"])
    assert refused.value.code == 2 and "give a probability from 0 to 1" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_a_paragraph_left_in_the_original_is_a_qa_error_and_a_doubtful_link(capsys, tmp_path):
    french, english = FR.read_text(encoding="utf-8"), EN.read_text(encoding="utf-8")
    op3 = english[english.index(" 3. Encourages") + 4:english.index(" 4. Reaffirms")]
    copy = tmp_path / "A_RES_57_263.fr.txt"
    start, notes = french.index(" 3. Encourage") + 4, french.index("_______________", french.index(" 3. Encourage"))
    rest = french.index(" et de la coopération triangulaire et, à cet égard")  # OP3 runs on past a page break
    copy.write_text(french[:start] + op3 + "\n" + french[notes:rest] + french[french.index(" 4. Réaffirme"):],
                    encoding="utf-8")
    code, out, _ = run(capsys, "align", EN, copy, "--out", tmp_path / "o", "--fail-on", "low-confidence,qa-error")
    lowest = re.search(r"lowest confidences:\n  (\d\.\d{3})  OP3 ", out)
    assert code == 1 and lowest and float(lowest.group(1)) <= 0.1
    # the glossary's terms, untranslated too, are three more errors in the same unit
    assert "fail: 1 unit with a link under confidence 0.5: OP3" in out and "fail: 4 QA errors: OP3\n" in out
    findings = (tmp_path / "o" / "A_RES_57_263.en-fr.qa.json").read_text(encoding="utf-8")
    assert "OP3 is the same as the original; translate it" in findings


def test_fail_on_something_unknown_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["align", str(FR), str(EN), "--out", str(tmp_path), "--fail-on", "unpaired,nothing"])
    assert caught.value.code == 2 and "nothing: give one or more of unpaired" in capsys.readouterr().err
