from __future__ import annotations

import pytest

from align.qa.dates import DatesCheck
from align.qa.numbers import NumbersCheck

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


@pytest.mark.parametrize(("language", "body"), [
    # A/RES/79/273: the English keeps the twelve-hour clock, the translations the twenty-four-hour one
    ("es", " 1. Decide que la reunión se celebre de las 10.00 a las 10.30 horas y de las 17.30 a las 18.00 horas; \n"),
    ("fr", " 1. Décide que la réunion se tiendra de 10 heures à 10 h 30 et de 17 h 30 à 18 heures ; \n"),
    ("ru", " 1. Постановляет провести заседание с 10 ч 00 мин до 10 ч 30 мин и с 17 ч 30 мин до 18 ч 00 мин; \n"),
    ("zh", " 1. 决定会议于上午10时至10时30分和下午5时30分至6时举行; \n"),
    ("ar", " 1 - تقرر أن يعقد الاجتماع من الساعة 10:00 إلى الساعة 10:30 ومن الساعة 17:30 إلى الساعة 18:00؛ \n"),
])
def test_times_of_day_in_each_clock(language, body):
    english = " 1. Decides that the meeting shall be held from 10 to 10.30 a.m. and from 5.30 to 6 p.m.; \n"
    assert found(DatesCheck(), context("en", english, language, body)) == []
    assert found(NumbersCheck(), context("en", english, language, body)) == []
    later = english.replace("6 p.m.", "7 p.m.")
    assert [f[0] for f in found(DatesCheck(), context("en", later, language, body))] == ["error"]


def test_covid_19_is_a_name_not_a_number():
    english = " 1. Notes the effects of the COVID-19 pandemic; \n"
    assert found(NumbersCheck(), context("en", english, "zh", " 1. 注意到冠状病毒病大流行的影响; \n")) == []
