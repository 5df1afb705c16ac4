from __future__ import annotations

import pytest

from align.qa.dates import DatesCheck

from .qa_helpers import context, found

EN = " 1. Decides to meet on 19 September 2002 and from 18 to 22 March 2003; \n"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("fr", " 1. Décide de se réunir le 19 septembre 2002 et du 18 au 22 mars 2003 ; \n"),
        ("zh", " 1. 决定于2002年9月19日及2003年3月18日至22日举行会议; \n"),
        ("ar", " 1. تقرر أن تجتمع في 19 أيلول/سبتمبر 2002 ومن 18 إلى 22 آذار/مارس 2003؛ \n"),
        ("ru", " 1. постановляет собраться 19 сентября 2002 года и 18–22 марта 2003 года; \n"),
    ],
)
def test_correct_dates_of_each_language_are_not_flagged(language, body):
    assert [f for f in found(DatesCheck(), context("en", EN, language, body)) if "19" in f[2]] == []


def test_a_changed_date_is_an_error_in_its_unit():
    ctx = context("en", EN, "fr", " 1. Décide de se réunir le 18 septembre 2002 et du 18 au 22 mars 2003 ; \n")
    assert ("error", "OP1", "OP1: 19 September 2002 in the original, 18 septembre 2002 in the translation; check the date") in found(DatesCheck(), ctx)
