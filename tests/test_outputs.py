from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.errors import OutputError
from align.outputs import OutputSet, SpooledArray, _dump


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


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


def _spooled(value):
    """The value with every list inside a dict made a SpooledArray."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if isinstance(item, list):
                spool = SpooledArray()
                for element in item:
                    spool.append(element)
                out[key] = spool
            else:
                out[key] = _spooled(item)
        return out
    return value


@given(st.dictionaries(st.text(max_size=5), JSON, max_size=5))
def test_spooled_arrays_are_written_as_json_writes_lists(data):
    stream = io.BytesIO()
    _dump(stream, _spooled(data), 0)
    assert stream.getvalue().decode("utf-8") == json.dumps(data, ensure_ascii=False, indent=1)


def test_a_summary_streams_its_documents(tmp_path):
    documents = SpooledArray()
    for n in range(3):
        documents.append({"document": f"D{n}", "units": n})
    with OutputSet(tmp_path) as outputs:
        outputs.write_json("summary.json", {"documents": documents, "totals": {"documents": 3}})
    assert json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))["documents"][2] == {"document": "D2", "units": 2}
