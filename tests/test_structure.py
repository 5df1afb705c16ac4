"""Paragraphs -> ids, the same for every form and language (align.reading.structure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.languages import item_labels, profile
from align.reading.paragraph import CALL, Paragraph, paragraph_of
from align.reading.structure import build


def _ids(texts: list[str], language: str = "en") -> tuple[str, ...]:
    paragraphs = [Paragraph(text, (n,)) for n, text in enumerate(texts, start=1)]
    return tuple(unit.id for unit in build(paragraphs, profile(language), "x").units)


HEAD = {"en": ["57/1. Title", "The General Assembly,"], "fr": ["57/1. Titre", "L’Assemblée générale,"],
        "es": ["57/1. Título", "La Asamblea General,"], "ru": ["57/1. Заголовок", "Генеральная Ассамблея,"],
        "ar": ["57/1 - عنوان", "إن الجمعية العامة،"], "zh": ["57/1. 标题", "大会，"]}
# One resolution's second paragraph with items (a), (b) and sub-items (i), (ii), in each language's style.
STYLES = {
    "en": ["1. Decides:", "2. Requests:", "(a) To do;", "(i) first;", "(ii) second;", "(b) To end."],
    "fr": ["1. Décide :", "2. Prie :", "a) De faire ;", "i) premier ;", "ii) second ;", "b) De finir."],
    "es": ["1. Decide:", "2. Solicita:", "a) Hacer;", "i) primero;", "ii) segundo;", "b) Terminar."],
    "ru": ["1. Постановляет:", "2. Просит:", "а) сделать;", "i) первое;", "ii) второе;", "b) закончить."],
    "ar": ["1 - تقرر:", "2 - تطلب:", "(أ) أن تفعل؛", "’1‘ الأول؛", "’2‘ الثاني؛", "(ب) أن تنهي."],
    "zh": ["1. 决定：", "2. 请：", "(a) 做；", "㈠ 第一；", "㈡ 第二；", "(b) 结束。"],
}


@pytest.mark.parametrize("language", sorted(STYLES))
def test_sub_paragraphs_get_the_same_ids_in_every_language(language):
    assert _ids(HEAD[language] + STYLES[language], language) == (
        "title", "intro", "OP1", "OP2", "OP2(a)", "OP2(a)(i)", "OP2(a)(ii)", "OP2(b)")


@pytest.mark.parametrize(("label", "language", "expected"), [
    ("a", "en", ("a",)), ("б", "ru", ("b",)), ("с", "ru", ("c", "q")), ("ج", "ar", ("c",)),
    ("هـ", "ar", ("e",)), ("أ أ", "ar", ("aa",)), ("㈡", "zh", ("ii",)), ("十一", "zh", ("xi",)),
    ("丑", "zh", ("b",)), ("iv", "fr", ("iv",)), ("bb", "en", ("bb",)), ("A/57", "en", ()),
])
def test_item_labels(label, language, expected):
    assert item_labels(label, profile(language)) == expected


def test_a_roman_i_after_h_is_the_letter_i():
    letters = [f"({c}) item;" for c in "abcdefghij"]
    ids = _ids(HEAD["en"] + ["1. Decides:"] + letters)
    assert ids[-3:] == ("OP1(h)", "OP1(i)", "OP1(j)")


def test_a_cyrillic_lookalike_letter_continues_the_latin_sequence():
    ids = _ids(HEAD["ru"] + ["1. Просит:", "a) первое;", "b) второе;", "с) третье."], "ru")
    assert ids[-1] == "OP1(c)"


def test_chinese_convention_numbering():
    # 一、 for 1., ㈠ for (a), and 1. for (i) under a ㈠ letter (the Chinese of A/RES/79/243's convention)
    ids = _ids(HEAD["zh"] + ["一、 本公约：", "㈠ 甲；", "1. 子项；", "2. 子项；", "㈡ 乙。", "二、 其他。"], "zh")
    assert ids[2:] == ("OP1", "OP1(a)", "OP1(a)(i)", "OP1(a)(ii)", "OP1(b)", "OP2")


def test_annexes_articles_and_headings_scope_the_numbering():
    texts = HEAD["en"] + ["1. Adopts the Convention annexed;", "100th plenary meeting", "20 December 2024",
                          "Annex", "The Convention", "Recognizing that cybercrime threatens the security of all States and calls for a common response,", "Article 1", "Scope", "1. It applies;",
                          "2. Also;", "Article 2.", "Terms", "1. Defined."]
    ids = _ids(texts)
    assert ids[2:] == ("OP1", "meeting", "date", "ANX1.heading", "ANX1.title", "ANX1.PP1", "ANX1.ART1.heading",
                       "ANX1.ART1.title", "ANX1.ART1.OP1", "ANX1.ART1.OP2", "ANX1.ART2.heading",
                       "ANX1.ART2.title", "ANX1.ART2.OP1")


def test_an_annex_title_on_the_heading_s_line_is_split():
    ids = _ids(HEAD["es"] + ["1. Hace suyo el Compromiso;", "Anexo Compromiso de Sevilla", "1. Nosotros."], "es")
    assert ids[-3:] == ("ANX1.heading", "ANX1.title", "ANX1.OP1")


def test_headings_after_operative_paragraphs_and_a_label_alone():
    ids = _ids(HEAD["ar"] + ["1 - تقرر؛", "تاسعا", "الوثائق والنشر", "2 - تطلب."], "ar")
    assert ids[2:] == ("OP1", "OP1.h1", "OP2")


def test_a_misprinted_repeat_after_a_gap_is_renumbered():
    build_ = build([Paragraph(t, (n,)) for n, t in enumerate(
        HEAD["ar"] + ["9 - أ؛", "11 - ب؛", "11 - ج؛", "12 - د."], start=1)], profile("ar"), "ar.xml")
    assert [u.id for u in build_.units][2:] == ["OP9", "OP10", "OP11", "OP12"]
    assert "the first read as paragraph 10" in build_.warnings[-1]


def test_a_number_printed_twice_is_read_as_the_next_with_a_warning():
    built = build([Paragraph(t, (n,)) for n, t in enumerate(
        HEAD["es"] + ["80. a;", "81. b;", "80. c;", "83. d."], start=1)], profile("es"), "es.xml")
    assert [u.id for u in built.units][2:] == ["OP80", "OP81", "OP82", "OP83"]
    assert built.warnings[-1] == "es.xml:5: paragraph 80 printed after paragraph 81: read as paragraph 82"


def test_the_one_unnumbered_operative_paragraph():
    assert _ids(HEAD["en"] + ["Recalling its resolution,", "Decides to admit the member."]) == (
        "title", "intro", "PP1", "OP")


def test_a_quoted_draft_resolution_is_a_scope_of_its_own():
    ids = _ids(HEAD["en"] + ["Recommends the adoption of the following draft resolution:",
                             "The General Assembly,", "Noting,", "1. Decides."])
    assert ids[2:] == ("OP", "Q1.intro", "Q1.PP1", "Q1.OP1")


def test_calls_move_with_the_text_when_the_label_is_cut():
    paragraph = paragraph_of(f"\t1.\tDecides{CALL} to act{CALL};", [3, 4], (1,))
    unit = build([Paragraph("57/1. T", (0,)), paragraph], profile("en"), "x").units[1]
    assert unit.text == "Decides to act;" and [(c.number, c.offset) for c in unit.calls] == [(3, 7), (4, 14)]


@given(st.lists(st.one_of(st.text(alphabet=" \t\nab,é;", max_size=6), st.just(CALL)), max_size=12))
def test_paragraph_of_keeps_every_call_inside_clean_text(pieces):
    raw = "".join(pieces)
    numbers = list(range(1, raw.count(CALL) + 1))
    paragraph = paragraph_of(raw, numbers, (1,))
    assert CALL not in paragraph.text and "\n" not in paragraph.text and "\t" not in paragraph.text
    assert "  " not in paragraph.text and paragraph.text == paragraph.text.strip()
    assert [c.number for c in paragraph.calls] == numbers
    assert all(0 <= c.offset <= len(paragraph.text) for c in paragraph.calls)
    # nothing but white space comes or goes: the characters of the text are the raw text's, in order
    assert "".join(paragraph.text.split()) == "".join(raw.replace(CALL, "").split())


def test_a_label_with_nothing_after_it_at_the_end_is_left_out_with_a_warning():
    built = build([Paragraph(t, (n,)) for n, t in enumerate(HEAD["en"] + ["1. Decides.", "2."], start=1)],
                  profile("en"), "x")
    assert [u.id for u in built.units] == ["title", "intro", "OP1"]
    assert "'2.' ends the text with nothing after it" in built.warnings[-1]


def test_a_lead_in_of_bullets_and_a_label_over_numbered_paragraphs_read_alike_in_every_language():
    """A/RES/79/233: "Targets:" over bullets is the rest of the paragraph before, as the Russian "Задачи"
    (printed without the colon) is; "We commit to taking the following actions:" before paragraph 48 is a
    heading, as the Russian (again without the colon) and the Chinese (with one) are."""
    english = ["47. We acknowledge the circular economy.", "Targets:", "• Increase productivity.", "• Double output.",
               "We commit to taking the following actions:", "48. We commit to promoting policies."]
    russian = ["47. Мы признаем экономику замкнутого цикла.", "Задачи", "• Повысить производительность.",
               "• Удвоить производство.", "Мы обязуемся предпринять следующие действия",
               "48. Мы обязуемся содействовать политике."]
    chinese = ["47. 我们认识到循环经济。", "具体目标：", "提高生产率。", "产出翻一番。", "我们承诺采取以下行动：",
               "48. 我们承诺促进政策。"]
    expected = ("OP1", "OP47", "OP47.h1", "OP48")
    assert _ids(HEAD["en"] + ["1. Decides;"] + english)[2:] == expected
    assert _ids(HEAD["ru"] + ["1. Постановляет;"] + russian, "ru")[2:] == expected
    assert _ids(HEAD["zh"] + ["1. 决定；"] + chinese, "zh")[2:] == expected


@pytest.mark.parametrize(("text", "before", "following", "heads"), [
    # 79/1: a titled number, whatever ends it and whatever the paragraph before ends with
    ("Action 9. We will strengthen our actions to address climate change.", "... reproductive rights.", "28. We are", True),
    ("行动9. 我们将加强应对气候变化的行动。", "……权利。", "28. 我们", True),
    ("الإجراء 43 – سنعزز المجلس الاقتصادي والاجتماعي.", "... من النساء.", "71 - نؤكد", True),
    ("Mesure 7. Nous entendons redoubler d’efforts.", "... statut migratoire\u00a0;", "26. Nous réaffirmons", True),
    ("Objectif 2. Rendre l’économie numérique plus inclusive.", "... (ODD 17).", "Desserte numérique", True),
    # not a heading: a sentence that goes on, a code, a line after an unfinished paragraph, before running text
    ("Goal 3.4 of the Sustainable Development Goals is met.", "... rights.", "28. We are", False),
    ("In 10 – years from now, we will have done more.", "... rights.", "28. We are", False),
    ("Paragraph 5. of the Convention applies.", "... rights.", "28. We are", False),
    ("Action 9. We will strengthen our actions.", "... in particular", "28. We are", False),
    ("Action 9. We will strengthen our actions.", "... rights.", "and to that end, we will do more.", False),
    # a short line ending in a colon before a numbered paragraph
    ("We commit to taking the following actions:", "... for all.", "48. We will", True),
    ("Обязательства:", "... противомикробным препаратам;", "42. Мы", True),  # the Russian 79/2, after an item
    ("We commit to taking the following actions:", "... for all.", "We will", False),
])
def test_a_line_heads_what_follows_by_its_form_and_its_neighbours(text, before, following, heads):
    from align.reading.labels import heads as heads_what_follows

    assert heads_what_follows(text, before, following) is heads
