"""A TMX file cut into byte ranges reads, range after range, as the whole file reads."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tmx.ranges import split
from tmx.reader import TmxReader, read_info
from tmx.units import TmxHeader, TmxUnit, Variant
from tmx.writer import write_tmx

from .conftest import DATA

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


def _write(path, texts: list[tuple[str, str]]) -> None:
    units = [TmxUnit(f"u{n}", (Variant("fr", fr), Variant("en", en)), (("x-note", "</tu> <tu>"),))
             for n, (fr, en) in enumerate(texts)]
    with path.open("wb") as stream:
        write_tmx(stream, TmxHeader(srclang="fr", segtype="sentence", creationdate="20021220T000000Z",
                                    creationtoolversion="0"), units)


def _by_ranges(path, size: int) -> list[TmxUnit]:
    info = read_info(path)
    return [unit for part in split(path, size) for unit in TmxReader(path, part=(part, info))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=30), size=st.integers(1, 3000))
def test_the_ranges_of_a_file_read_as_the_whole_file(tmp_path, texts, size):
    # texts that hold "</tu>", "<tu>", "&", quotes and any character XML carries; ranges of any size
    path = tmp_path / "t.tmx"
    _write(path, [(fr + "</tu>", "<tu>" + en) for fr, en in texts])
    whole = list(TmxReader(path))
    assert _by_ranges(path, size) == whole
    assert [unit.line for unit in whole] == [line for line, text in enumerate(path.read_text().splitlines(), 1)
                                             if text.lstrip().startswith("<tu ")]


@pytest.mark.parametrize("name", ["omegat-1.1.tmx", "translate-toolkit.tmx", "inline-multilingual.tmx", "flawed.tmx"])
def test_files_of_other_tools_read_range_by_range_as_whole(name):
    path = DATA / "tmx" / name
    assert _by_ranges(path, 64) == list(TmxReader(path))


def test_what_is_not_cut(tmp_path):
    utf16 = tmp_path / "utf16.tmx"
    utf16.write_bytes((DATA / "tmx" / "omegat-1.1.tmx").read_text(encoding="utf-8").encode("utf-16"))
    entities = tmp_path / "entities.tmx"
    entities.write_text('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY un "United Nations">]>\n'
                        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&un;</seg></tuv>'
                        '</tu></body></tmx>\n')
    latin = tmp_path / "latin.tmx"
    latin.write_bytes(b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<tmx version="1.4"><header srclang="fr"/><body>'
                      b'<tu><tuv xml:lang="fr"><seg>\xe9t\xe9</seg></tuv></tu></body></tmx>\n')
    empty = tmp_path / "empty.tmx"
    empty.write_text('<tmx version="1.4"><header srclang="fr"/><body/></tmx>\n')
    assert [split(path) for path in (utf16, entities, latin, empty, tmp_path / "missing.tmx", tmp_path)] == [None] * 6


def test_a_tu_end_inside_a_comment_cuts_wrongly_and_the_range_says_so(tmp_path):
    # the caller (terms over a TMX) then reads the whole file
    path = tmp_path / "comment.tmx"
    _write(path, [("un", "one"), ("deux", "two"), ("trois", "three")])
    text = path.read_text().replace("<tu tuid=\"u1\">", "<!-- </tu> --><tu tuid=\"u1\">", 1)
    path.write_text(text)
    with pytest.raises(Exception, match="not well-formed"):
        _by_ranges(path, 1)


def test_a_range_holds_at_most_its_lines(tmp_path, monkeypatch):
    # a file of short lines: the ranges are cut by lines, not bytes, and still read as the whole file
    monkeypatch.setattr("tmx.ranges.RANGE_LINES", 20)
    path = tmp_path / "lines.tmx"
    _write(path, [(f"mot {n}", f"word {n}") for n in range(40)])
    parts = split(path, 1 << 20)
    assert len(parts) > 5
    assert all(later.line - part.line <= 20 + 10 for part, later in zip(parts, parts[1:]))
    assert _by_ranges(path, 1 << 20) == list(TmxReader(path))
