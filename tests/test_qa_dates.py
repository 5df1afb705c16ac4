from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align.localized import compare, extract
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


# Dates as the UN's official versions of the 79th session write them (source: United Nations): the same dates,
# so neither a date nor a number of one may be left over on either side.
SAME_DATES = [
    # a range joined by the minus sign (A/RES/79/204 FN1), a non-breaking hyphen (79/167 FN17, 79/170 PP20)
    ("Rio de Janeiro, 3\u221214 June 1992, vol. I", "fr", "Rio de Janeiro, 3-14 juin 1992, vol. I"),
    ("Copenhagen, 6–12 March 1995 (United Nations publication", "fr",
     "Copenhague, 6\u201112 mars 1995 (publication des Nations Unies"),
    ("held in Nairobi from 17 to 22 July 2016, on the theme", "ru",
     "которая проходила 17\u201122 июля 2016 года в Найроби"),
    # a list whose year, or month, is written once (79/107 PP12 and PP18, 79/134 OP8, 79/286 OP1, 79/87 FN34,
    # 79/68 PP14, 79/75 PP6, 79/99 FN7: a Russian footnote keeping the English)
    ("held from 12 to 30 September and on 21 October 2011, following", "fr",
     "tenue du 12 au 30 septembre et le 21 octobre 2011, à la suite"),
    ("from 12 to 15 September and 28 November to 4 December 2022, from 2 to 8 March and 1 to 5 June 2023", "ar",
     "من 12 إلى 15 أيلول/سبتمبر 2022، ومن 28 تشرين الثاني/نوفمبر إلى 4 كانون الأول/ديسمبر 2022، ومن 2 إلى 8 "
     "آذار/مارس 2023، ومن 1 إلى 5 حزيران/يونيه 2023"),
    ("Ltamenah (Syrian Arab Republic) – 24, 25, and 30 March 2017”", "es",
     "Al Latamina (República Árabe Siria), 24, 25 y 30 de marzo de 2017”"),
    ("will be held on Monday, 24 November, and Tuesday, 25 November 2025, and", "fr",
     "se tiendra les lundi 24 et mardi 25 novembre 2025, et"),
    ("dated 18 and 25 October 2024.", "fr", "datées du 18 et du 25 octobre 2024, adressées"),
    ("adopted by the Security Council on 16 and 18 September 1998, respectively", "ru",
     "принятые Советом Безопасности 16 и, соответственно, 18 сентября 1998 года"),
    ("held in Geneva on 9 and 10 November and 8 November 2023, respectively", "ru",
     "были проведены в Женеве 9 и 10 ноября и, соответственно, 8 ноября 2023 года"),
    ("issued on 5 June and 2 October 2015, affirming", "ru", "issued on 5 June and 2 October 2015, affirming"),
    # Chinese: a range without 日 (79/109 PP18), 同年 "the same year" (79/107 PP12), a list going on without its
    # year (79/227 PP18), 每年 "every year" (79/266 OP1), a list of days (79/56 OP4(c), 79/272 PP1), a month alone
    # (79/185 OP29) or in a list (79/185 PP12)
    ("held in Caracas from 14 to 16 May 2024,", "zh", "在2024年5月14至16日于加拉加斯举行的"),
    ("held from 12 to 30 September and on 21 October 2011, following his visit to the Territory in February 2011",
     "zh", "继2011年2月访问新喀里多尼亚后，向同年9月12至30日和10月21日举行的"),
    ("held in Rome from 23 to 27 October and on 25 November 2023 and from 21 to 25 October 2024, respectively",
     "zh", "分别于2023年10月23日至27日和11月25日以及2024年10月21日至25日在罗马举行的"),
    ("Decides to proclaim 25 July of each year the International Day", "zh", "决定宣布每年7月25日为司法福祉国际日；"),
    ("in Ltamenah on 24, 25 and 30 March 2017;", "zh", "于2017年3月24日、25日和30日在拉塔米奈使用了化学武器；"),
    ("declared 8–9 May as a time of remembrance", "zh", "宣布5月8日和9日为缅怀与和解日"),
    ("access in January and July 2020, Security Council", "zh", "在2020年1月和7月减少安全理事会授权的跨界准入后"),
    # forms untm did not know: "Sept" (79/211 PP7), the ligature "ﻷ" (79/279 PP2), أذار for آذار (79/182 PP3),
    # left-to-right marks (79/134 OP7), and "Chiang Mai de 2019" is no May (79/313 PP29)
    ("the Summit of the Future on 22-23 Sept 2024 at", "fr", "du Sommet de l’avenir, les 22 et 23 septembre 2024 au"),
    ("decision 79/537 A of 6 December 2024, by which", "ar", "مقررها 79/537 ألف المؤرخ 6 كانون اﻷول/ديسمبر 2024، الذي"),
    ("37/32 of 23 March 2018", "ar", "37/32 المؤرخ 23 أذار/مارس 2018"),
    ("EC-91/S/3, dated 28 June 2019, entitled", "zh", "的2019\u200e年6月28日技术秘书处说明EC-91/S/3中"),
]


@pytest.mark.parametrize(("english", "language", "translated"), [
    # a month alone is a date only where a list gives it a year (79/185); "Chiang Mai de 2019" is no May (79/313 PP29)
    ("by the Head of the Mechanism in April at a plenary meeting", "zh", "以便机制负责人于每年4月在题为"),
    ("the Chiang Mai Statement of 2019, the", "fr", "de la Déclaration de Chiang Mai de 2019, de la"),
])
def test_what_reads_as_no_date_on_either_side(english, language, translated):
    assert not [v for v in extract(english, "en") + extract(translated, language) if v.kind == "date"]


@pytest.mark.parametrize(("english", "language", "translated"), SAME_DATES)
def test_the_same_dates_written_otherwise_are_equal(english, language, translated):
    read = [v for v in extract(translated, language) if v.kind == "date"]
    assert read and compare(extract(english, "en"), extract(translated, language)) == ([], [])


@pytest.mark.parametrize(
    ("english", "language", "translated", "missing", "extra"),
    [
        # the year left out of a date alone (A/RES/79/1 OP67): a list gives no year to it
        ("decision 62/557 of 15 September 2008 as parameters", "fr", "décision 62/557 du 15 septembre comme",
         ["2008-09-15"], ["--09-15"]),
        # 至 left out (A/RES/79/212 PP10): no list joins the two days, the second has no year
        ("held in Cali, Colombia, from 21 October to 1 November 2024, under", "zh", "又欢迎2024年10月21日11月1日在哥伦比亚",
         ["2024-11-01"], ["--11-01"]),
        # words other than a list's between two dates: the first is left without a year
        ("proclaims 29 April the Day, and decides to meet on 1 May 2025", "fr",
         "proclame le 29 avril 2025 Journée, et décide de se réunir le 1er mai 2025", ["--04-29"], ["2025-04-29"]),
    ],
)
def test_a_date_a_list_does_not_complete_stays_different(english, language, translated, missing, extra):
    got_missing, got_extra = compare(*([v for v in extract(text, lang) if v.kind == "date"]
                                       for text, lang in ((english, "en"), (translated, language))))
    assert ([v.value for v in got_missing], [v.value for v in got_extra]) == (missing, extra)


def test_a_list_may_name_the_place_of_each_date():
    # A/RES/79/68 PP13: the Russian names Kinshasa and Luanda between the dates, the year once
    english = "held from 27 to 31 May and from 25 to 29 November 2019 in Kinshasa and Luanda, respectively"
    russian = "состоявшихся в Киншасе 27–31 мая и Луанде 25–29 ноября 2019 года"
    assert [v.value for v in extract(russian, "ru")] == ["2019-05-27", "2019-05-31", "2019-11-25", "2019-11-29"]
    assert compare(extract(english, "en"), extract(russian, "ru")) == ([], [])


def test_english_days_with_an_ordinal_as_a_national_report_writes_them():
    """A/HRC/WG.6/7/ITA/1 (a national report, its English not edited by the UN): "on January, 1st 1948",
    "celebrated on the 27th January" against the French "le 1er janvier 1948", "le 27 janvier"."""
    english = " 1. Notes the Constitution, in effect on January, 1st 1948, and the Day celebrated on the 27th January; \n"
    french = " 1. Note la Constitution, en vigueur le 1er janvier 1948, et la Journée célébrée le 27 janvier ; \n"
    assert found(DatesCheck(), context("en", english, "fr", french)) == []
    assert found(NumbersCheck(), context("en", english, "fr", french)) == []


def test_an_article_part_a_duration_and_the_afternoon_are_no_times():
    english = " 1. Recalls paragraph 3 of part 1 of article 5 of the Convention and asks to report within 24 hours; \n"
    russian = " 1. Ссылается на п. 3 ч. 1 ст. 5 Конвенции и просит сообщать в течение 24 ч; \n"
    assert found(DatesCheck(), context("en", english, "ru", russian)) == []
    # "l’après-midi" is no noon: it does not answer for a time of 12 p.m. the French leaves out
    noon = " 1. Decides to meet at 12 p.m.; \n"
    assert [f[0] for f in found(DatesCheck(), context("en", noon, "fr", " 1. Décide de se réunir l’après-midi ; \n"))] \
        == ["error"]


def test_what_a_pattern_ignoring_case_matches_is_in_its_caseless_text():
    """The quick look before the date and number-word patterns run never misses what they would find: every
    character that a letter of theirs matches, ignoring case, is that letter once caseless."""
    import re

    from align.dates import _folded_months
    from align.languages import caseless

    letters = set("abcdefghijklmnopqrstuvwxyz") | {c for lang in ("en", "fr", "es", "ru", "ar")
                                                    for name in _folded_months(lang) for c in name}
    every = "".join(map(chr, range(0x110000)))
    for letter in letters:
        for char in re.findall(f"(?i){re.escape(letter)}", every):
            assert letter in caseless(char), (letter, char)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["12", "May", "mai", "MARS", "ſeptember", "Sept.", "de", "2024", "1er", "fıve",
                                 "décembre", "декабря", "كانون الأول/ديسمبر", "年", "月", "3", "日", " ", ", ", "-"]),
                max_size=12))
def test_the_quick_look_for_a_month_changes_nothing(words):
    from unittest import mock

    from align import dates as module

    text = " ".join(words)
    for language in ("en", "fr", "es", "ru", "ar", "zh"):
        with mock.patch.object(module, "_may_hold_a_month", lambda *_: True):
            expected = module.dates(text, language)
        assert module.dates(text, language) == expected, language


def test_a_day_whose_year_is_given_elsewhere_against_the_same_day_with_its_year_is_a_note():
    # A/RES/79/72 OP8 (source: United Nations): "during 2025, namely from 7 to 25 April" is, in Chinese,
    # "在2025年4月7日至25日期间"; a year the original does not give is still an error
    english = " 1. Decides to hold its session during 2025, namely from 7 to 25 April; \n"
    findings = found(DatesCheck(), context("en", english, "zh", " 1. 决定在2025年4月7日至25日期间举行会议； \n"))
    assert [severity for severity, _, _ in findings] == ["info", "info"]
    assert "the same day, its year given elsewhere in the original" in findings[0][2]
    other_year = found(DatesCheck(), context("en", english, "zh", " 1. 决定在2026年4月7日至25日期间举行会议； \n"))
    assert "error" in [severity for severity, _, _ in other_year]
    # a date mistyped (79/258 B es: "d" for "de"), a range that lost its 至 (79/212 zh): still errors
    typo = found(DatesCheck(), context("en", " 1. Approves it, effective 1 April 2025; \n", "es",
                                       " 1. Lo aprueba con efecto a partir del 1 de abril d 2025; \n"))
    assert [severity for severity, _, _ in typo] == ["error"]
    lost = found(DatesCheck(), context("en", " 1. Welcomes the meeting held from 21 October to 1 November 2024; \n",
                                       "zh", " 1. 欢迎2024年10月21日11月1日举行的会议； \n"))
    assert "error" in [severity for severity, _, _ in lost]
    # a number that is no year of the sentence's: "the 2030 Agenda"
    agenda = found(DatesCheck(), context("en", " 1. Recalls the 2030 Agenda and the meeting from 7 to 25 April; \n",
                                         "zh", " 1. 回顾《2030年议程》和2030年4月7日至25日的会议； \n"))
    assert "error" in [severity for severity, _, _ in agenda]
