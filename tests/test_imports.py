"""Each command imports what it runs, and no more: what makes ``untm --version`` start at once and ``untm
align`` spend its time aligning.  Each case runs in a new interpreter and lists the modules it ended with."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SOURCES

_RUN = """
import contextlib, io, json, sys
from align.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)))
"""


def modules_after(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def imported(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


def test_version_and_help_import_no_part_of_the_job():
    for args in (["--version"], ["--help"], ["qa", "--help"]):
        assert imported(modules_after(*args), "lxml", "regex", "align.pipeline", "align.reading", "translate",
                        "sacrebleu") == [], args


@pytest.mark.parametrize("command", ["align", "qa"])
def test_a_pair_imports_neither_the_tm_tools_nor_a_reader_of_tmx(command, tmp_path):
    args = [command, str(SOURCES / "A_RES_57_263.fr.txt"), str(SOURCES / "A_RES_57_263.en.txt")]
    modules = modules_after(*args, *(["--out", str(tmp_path)] if command == "align" else []))
    assert "align.pipeline" in modules  # the job ran
    # translate-toolkit (the glossary is read with lxml), SQLite and the TMX reader (terms over a TMX, the
    # fuzzy index), batch and its executors, and the language model a clear text does not need
    assert imported(modules, "translate", "sqlite3", "tmx.reader", "tmx.merge", "tmx.index", "align.batch",
                    "align.parallel", "align.terms_tmx", "dask", "py3langid", "sacrebleu") == []
