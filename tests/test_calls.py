"""Telling footnote calls from numbers, on the constructions of real UN texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from align.reading.calls import candidates, choose, remove


def calls_in(texts, count):
    chosen = choose(candidates(texts, count), count)
    return [remove(text, [c for c in chosen.values() if c.text_index == i]) for i, text in enumerate(texts)]


def test_a_call_glued_to_a_year_is_split_from_it():
    [(text, calls)] = calls_in(["New York le 19 septembre 20021, dans laquelle"], 1)
    assert text == "New York le 19 septembre 2002, dans laquelle"
    assert [(c.number, c.offset) for c in calls] == [(1, len("New York le 19 septembre 2002"))]


def test_calls_after_words_and_punctuation():
    texts = ["held on 19 September 2002,1 in which", "South-South cooperation;2", "Millénaire3 ;", "Development4 on the", "Countries.7"]
    result = calls_in(texts, 7)
    assert [t for t, _ in result] == [
        "held on 19 September 2002, in which", "South-South cooperation;", "Millénaire ;", "Development on the", "Countries.",
    ]
    assert [[c.number for c in calls] for _, calls in result] == [[1], [2], [3], [4], [7]]


def test_numbers_symbols_and_decimals_are_not_calls():
    texts = ["in 2002 the Group of 77 met", "a fixed amount of 3,5 millions and 3.5 million", "see A/57/444, E.02.II.A.7 and 2002/18", "call here1"]
    result = calls_in(texts, 7)
    assert [t for t, _ in result] == ["in 2002 the Group of 77 met", "a fixed amount of 3,5 millions and 3.5 million", "see A/57/444, E.02.II.A.7 and 2002/18", "call here"]


def test_calls_must_run_in_order():
    # "Fund2" comes before call 1, so it cannot be call 2.
    [(text, calls)] = calls_in(["the Fund2 and the Board1 and the Bank2"], 2)
    assert text == "the Fund2 and the Board and the Bank"
    assert [c.number for c in calls] == [1, 2]


def test_a_footnote_without_a_call_is_left_out_not_forced():
    chosen = choose(candidates(["in 2002 the Group of 77"], 2), 2)
    assert chosen == {}


@given(st.lists(st.text(alphabet="abc ,;.", min_size=1, max_size=20), min_size=1, max_size=6))
def test_calls_are_found_wherever_they_stand_after_a_word(pieces):
    """A call glued to a word is found, and removing it gives back the text without it."""
    texts, expected = [], []
    for number, piece in enumerate(pieces, start=1):
        texts.append(f"{piece} word{number} {piece}")
        expected.append(f"{piece} word {piece}")
    result = calls_in(texts, len(pieces))
    assert [t for t, _ in result] == expected
    assert [[c.number for c in calls] for _, calls in result] == [[n] for n in range(1, len(pieces) + 1)]


def test_calls_after_arabic_and_chinese_punctuation():
    texts = ["في التقرير،1 وقررت", "南南合作；2", "千年宣言。3"]
    result = calls_in(texts, 3)
    assert [t for t, _ in result] == ["في التقرير، وقررت", "南南合作；", "千年宣言。"]


def test_a_long_text_full_of_digits_is_read_in_linear_time():
    """Each candidate looks back a few characters, not to the start of the text (that took minutes)."""
    import time

    text = "Fonds,7 de 2002,3 " * 20_000  # 360 kB, 40,000 candidates
    start = time.monotonic()
    assert len(candidates([text], 9)) == 40_000
    assert time.monotonic() - start < 10


def test_a_call_after_a_longer_number_is_not_taken_for_a_year():
    assert calls_in(["in 12002,1 cases"], 1)[0][0] == "in 12002,1 cases"
