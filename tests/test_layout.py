"""Lines to paragraphs and footnotes, on the real French text and on page furniture."""

from __future__ import annotations

from align.languages import profile
from align.reading.layout import join_lines, read_layout, split_lines

from .conftest import FR

FRENCH = profile("fr")


def test_footnote_blocks_are_taken_out_and_numbered_on():
    layout = read_layout(FR.read_text(encoding="utf-8"), FRENCH)
    assert [number for number, _ in layout.footnotes] == [1, 2, 3, 4, 5, 6, 7]
    fn4 = [line.number for line in layout.footnotes[3][1]]
    assert fn4 == [98, 99, 100]  # "18-22 mars 2002" is a continuation, not footnote 18


def test_the_paragraph_cut_by_a_footnote_block_is_one_block():
    layout = read_layout(FR.read_text(encoding="utf-8"), FRENCH)
    op3 = next(b for b in layout.blocks if b.text.startswith("3. Encourage"))
    assert [line.number for line in op3.lines] == [39, 40, 46, 47]  # the footnotes (42-45) go between


def test_form_feeds_and_headers_are_page_breaks():
    lines = split_lines("a\fb\nA/RES/57/263\n")
    assert [None if line is None else line.text for line in lines] == ["a", None, "b", "A/RES/57/263", ""]
    layout = read_layout(" 57/1. Titre \n\nA/RES/57/1\n\n3\n\n L’Assemblée générale, \n", FRENCH)
    assert layout.header_symbols == ("A/RES/57/1",)
    assert [b.text for b in layout.blocks] == ["57/1. Titre", "L’Assemblée générale,"]


def test_joining_lines_keeps_french_space_before_a_displaced_semicolon():
    layout = read_layout(" 57/1. Titre \n\n 1. la coopération Sud-Sud2\n\n ; \n", FRENCH)
    assert join_lines(layout.blocks[1].lines, FRENCH, frozenset(), frozenset()) == "1. la coopération Sud-Sud2 ;"
