from __future__ import annotations

from collections import Counter

import pytest

from align.anchors import agreement, call_anchors, normalise_number, text_anchors
from align.model import FootnoteCall


@pytest.mark.parametrize(
    ("raw", "comma", "value"),
    [("3,5", True, "3.5"), ("3.5", False, "3.5"), ("1 000", True, "1000"), ("1\u202f000", True, "1000"),
     ("1\u00a0000,25", True, "1000.25"), ("1,000", False, "1000"), ("1.000", True, "1000"), ("007", False, "7")],
)
def test_numbers_are_read_the_way_their_language_writes_them(raw, comma, value):
    assert normalise_number(raw, comma) == value


def test_the_same_facts_give_the_same_anchors_in_french_and_english():
    fr = text_anchors("un montant de 3,5 millions de dollars (décision 2002/18, F.02.II.A.7, A/57/444), 1 000 personnes", "fr")
    en = text_anchors("an amount of 3.5 million dollars (decision 2002/18, E.02.II.A.7, A/57/444), 1,000 people", "en")
    assert fr == en == Counter(
        {"number:3.5": 1, "symbol:2002/18": 1, "sales:02.II.A.7": 1, "symbol:A/57/444": 1, "number:1000": 1}
    )


def test_arabic_indic_and_full_width_digits_are_numbers():
    assert text_anchors("الفقرة ١٣", "ar") == Counter({"number:13": 1})
    assert text_anchors("第１３条", "zh") == Counter({"number:13": 1})


def test_a_changed_number_lowers_agreement():
    assert agreement(text_anchors("3,5 millions", "fr"), text_anchors("3.5 million", "en")) == 1.0
    assert agreement(text_anchors("35 millions", "fr"), text_anchors("3.5 million", "en")) == 0.0
    assert agreement(Counter(), Counter()) is None


def test_calls_count_in_the_sentence_they_stand_in():
    calls = (FootnoteCall(1, 10), FootnoteCall(2, 40))
    assert call_anchors(calls, 0, 20) == Counter({"call:1": 1})
    assert call_anchors(calls, 21, 40) == Counter({"call:2": 1})


def test_a_reference_written_another_way_is_one_anchor_for_the_aligner_as_for_qa():
    # the Russian sales number typed with a Cyrillic А (A/RES/79/196), "A/RES/55/5" for "55/5" (79/249), "2015/16"
    # for "2015/2016" (79/205): source, United Nations
    from align.qa.symbols import references

    sales = Counter({"sales:03.II.A.1": 1})
    assert text_anchors("в продаже под № R.03.II.\u0410.1", "ru") == text_anchors("Sales No. E.03.II.A.1", "en") == sales
    assert text_anchors("в продаже под № R.03.II.\u0411.1", "ru") != sales  # a Б is no B
    both = Counter({"symbol:55/5": 1, "symbol:2015/2016": 1})
    assert text_anchors("resoluciones A/RES/55/5 y 2015/16", "es") == both
    assert text_anchors("resolutions 55/5 and 2015/2016", "en") == both
    assert references("resoluciones A/RES/55/5 y 2015/16") == Counter({"55/5": 1, "2015/2016": 1})
