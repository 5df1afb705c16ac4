"""``-`` for standard input and output, and outputs written all or nothing across a command's files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from align.cli import main

from .conftest import EN, FR, ROOT


def untm(*args, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1040342400", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "align", *map(str, args)], input=stdin, capture_output=True,
                          env=env, cwd=cwd)


def test_a_version_read_from_standard_input(tmp_path):
    done = untm("align", "-", EN, "--src-lang", "fr", "--out", tmp_path, stdin=FR.read_bytes(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "units: 25 fr, 25 en, 25 paired" in done.stdout.decode()
    assert (tmp_path / "A_RES_57_263.fr-en.tmx").is_file() and not (tmp_path / "-").exists()
    twice = untm("align", "-", "-", cwd=tmp_path, stdin=b"")
    assert twice.returncode == 2 and b"give one of them as a file" in twice.stderr


def test_json_to_standard_output_and_the_listing_to_standard_error(tmp_path):
    done = untm("qa", FR, EN, "--json", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["document"] == "A/RES/57/263"
    assert b"0 errors" in done.stderr and not (tmp_path / "-").exists()


def test_a_tmx_exported_to_standard_output(tmp_path):
    made = untm("align", FR, EN, "--out", tmp_path, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    done = untm("tm", "export", tmp_path / "A_RES_57_263.fr-en.tmx", "--format", "tsv", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[0].startswith("fr\ten") and len(done.stdout.decode().splitlines()) == 26
    assert b"25 TUs exported as tsv" in done.stderr and not (tmp_path / "-").exists()
    moses = untm("tm", "export", tmp_path / "A_RES_57_263.fr-en.tmx", "--format", "moses", "-o", "-", cwd=tmp_path)
    assert moses.returncode == 2 and b"two files" in moses.stderr


def test_one_output_blocked_leaves_the_others_unwritten(tmp_path, capsys):
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    assert main(["qa", str(FR), str(EN), "--json", str(tmp_path / "ok.json"), "--html", str(blocked)]) == 2
    assert not (tmp_path / "ok.json").exists()
    out = tmp_path / "terms"
    assert main(["terms", str(FR), str(EN), "--glossary", str(ROOT / "sources" / "glossary.tbx"), "--out", str(out),
                 "--csv", str(blocked)]) == 2
    assert not out.exists() or not any(out.iterdir())
    capsys.readouterr()
    assert main(["align", str(FR), str(EN), "--out", str(tmp_path / "tm")]) == 0
    capsys.readouterr()
    assert main(["tm", "stats", str(tmp_path / "tm" / "A_RES_57_263.fr-en.tmx"), "--json", str(blocked)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "a folder stands where this output goes" in captured.err
    assert [p.name for p in tmp_path.rglob("*.part")] == []
