"""The tmx package stands alone: it imports nothing of align (align uses tmx, never the other way)."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from align.errors import USER_ERRORS, InputError
from tmx.errors import ForbiddenCharacterError, TmxError, TmxFileError

ROOT = Path(__file__).resolve().parent.parent
TMX = ROOT / "tmx"
MODULES = sorted(TMX.rglob("*.py"))
_IMPORTERS = {"import_module", "__import__"}


def _align_imports(path: Path) -> list[str]:
    """Each import of align in a module, anywhere (top level, function, ``importlib``), as ``line: what``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level > 1:  # out of tmx, which is a top-level package
                found.append(f"{node.lineno}: from {'.' * node.level}{node.module or ''}")
            names = [node.module or ""] if node.level == 0 else []
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in _IMPORTERS:
            names = [arg.value for arg in node.args[:1] if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        else:
            continue
        found += [f"{node.lineno}: {name}" for name in names if name == "align" or name.startswith("align.")]
    return found


def test_the_modules_are_found():
    assert {p.name for p in MODULES} >= {"__init__.py", "reader.py", "writer.py", "errors.py", "units.py"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(TMX)))
def test_no_module_of_tmx_imports_align(path):
    assert _align_imports(path) == [], f"{path.relative_to(ROOT)} imports align"


def test_the_import_check_sees_every_form(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(textwrap.dedent("""\
        import align
        import align.model as m
        from align.errors import UntmError
        from .. import align
        import alignment
        def f():
            from align import __version__
            importlib.import_module("align.cli")
        """), encoding="utf-8")
    assert [entry.split(":")[0] for entry in _align_imports(module)] == ["1", "2", "3", "4", "7", "8"]


def test_tmx_imports_and_works_with_align_unimportable(tmp_path):
    script = textwrap.dedent(f"""\
        import importlib, io, pkgutil, sys
        from pathlib import Path

        sys.modules["align"] = None  # any import of align, or of align.*, now fails
        import tmx

        for module in pkgutil.walk_packages(tmx.__path__, "tmx."):
            importlib.import_module(module.name)

        from tmx.errors import TmxFileError
        from tmx.export import export_xliff
        from tmx.reader import TmxReader
        from tmx.units import LanguagePair, TmxHeader, TmxUnit, Variant
        from tmx.writer import write_tmx

        path = Path({str(tmp_path / "t.tmx")!r})
        header = TmxHeader(srclang="en", segtype="sentence", creationdate="20240101T000000Z", creationtoolversion="1")
        with path.open("wb") as stream:
            write_tmx(stream, header, [TmxUnit("1", (Variant("en", "Hello."), Variant("fr", "Bonjour.")))])
        assert [u.variants[1].text for u in TmxReader(path)] == ["Bonjour."]
        assert export_xliff(path, io.BytesIO(), LanguagePair()) == 1
        try:
            list(TmxReader(path.with_name("none.tmx")))
        except TmxFileError:
            pass
        else:
            raise AssertionError("a missing TMX was read without an error")
        assert not [name for name in sys.modules if name == "align" or name.startswith("align.")
                    if sys.modules[name] is not None]
        print("ok")
        """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout == "ok\n", done.stderr


def test_tmx_errors_read_like_untm_errors_and_are_user_errors():
    assert str(TmxFileError("a.tmx", "not well-formed XML (x)", "give a TMX file", line=3)) == \
        "a.tmx:3: not well-formed XML (x); give a TMX file"
    assert str(InputError("a.txt", "no such file", "check the path")) == "a.txt: no such file; check the path"
    assert str(TmxFileError("a.tmx", "no such TM file", "check the path")) == "a.tmx: no such TM file; check the path"
    assert str(ForbiddenCharacterError("TU 1", "\x07", 4)) == (
        "TU 1: character U+0007 at offset 4 is not allowed in XML 1.0; remove it from the input text")
    for error in (TmxError, TmxFileError, ForbiddenCharacterError, InputError):
        assert issubclass(error, USER_ERRORS)


def test_align_model_still_names_the_tm_records():
    import align.errors
    import align.model
    import tmx.units

    for name in ("LanguagePair", "TmxHeader", "TmxUnit", "Variant"):
        assert getattr(align.model, name) is getattr(tmx.units, name)
    assert align.errors.ForbiddenCharacterError is ForbiddenCharacterError
