from __future__ import annotations

import pytest

from align.errors import OutputError
from align.outputs import OutputSet


def test_files_appear_only_when_all_are_written(tmp_path):
    with OutputSet(tmp_path / "out") as outputs:
        with outputs.open("a.txt") as stream:
            stream.write(b"a")
        assert not (tmp_path / "out" / "a.txt").exists()
    assert (tmp_path / "out" / "a.txt").read_bytes() == b"a"
    assert outputs.paths == (tmp_path / "out" / "a.txt",)


def test_a_failure_leaves_nothing_behind(tmp_path):
    with pytest.raises(RuntimeError):
        with OutputSet(tmp_path) as outputs:
            with outputs.open("a.txt") as stream:
                stream.write(b"a")
            raise RuntimeError("second file failed")
    assert list(tmp_path.iterdir()) == []


def test_an_input_is_never_overwritten(tmp_path):
    source = tmp_path / "doc.tmx"
    source.write_bytes(b"input")
    with pytest.raises(OutputError, match="would overwrite an input file"):
        with OutputSet(tmp_path, inputs=[source]) as outputs:
            outputs.open("doc.tmx")
    assert source.read_bytes() == b"input"
    assert list(tmp_path.iterdir()) == [source]


def test_ctrl_c_leaves_the_old_file_and_no_partial_one(tmp_path):
    (tmp_path / "a.tmx").write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt):
        with OutputSet(tmp_path) as outputs:
            with outputs.open("a.tmx") as stream:
                stream.write(b"half a new fi")
                raise KeyboardInterrupt
    assert (tmp_path / "a.tmx").read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.tmx"]
