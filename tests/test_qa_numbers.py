from __future__ import annotations

import pytest

from align.localized import extract
from align.qa.numbers import NumbersCheck

from .qa_helpers import context, found

EN = " 1. Decides to allocate 3.5 million dollars, 1,000 posts and 5 per cent at its 78th meeting; \n"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("fr", " 1. Décide d’allouer 3,5 millions de dollars, 1\u202f000 postes et 5 % à sa 78e séance ; \n"),
        ("zh", " 1. 决定在第78次会议上拨款350万美元、1,000个员额和5%; \n"),
        ("ar", " 1. تقرر تخصيص 3.5 مليون دولار و١٬٠٠٠ وظيفة و5 في المائة في جلستها 78؛ \n"),
        ("es", " 1. Decide asignar 3,5 millones de dólares, 1.000 puestos y 5 por ciento en su 78ª sesión; \n"),
    ],
)
def test_correct_forms_of_each_language_are_not_flagged(language, body):
    assert found(NumbersCheck(), context("en", EN, language, body)) == []


def test_a_changed_number_is_an_error_in_its_unit():
    ctx = context("en", EN, "fr", " 1. Décide d’allouer 35 millions de dollars, 1\u202f000 postes et 5 % à sa 78e séance ; \n")
    assert found(NumbersCheck(), ctx) == [
        ("error", "OP1", "OP1: 3.5 million in the original, 35 millions in the translation; check the number")
    ]


def test_a_missing_percentage_is_named():
    ctx = context("en", EN, "fr", " 1. Décide d’allouer 3,5 millions de dollars, 1\u202f000 postes à sa 78e séance ; \n")
    [(severity, unit, message)] = found(NumbersCheck(), ctx)
    assert unit == "OP1" and "in the original only: 5 per cent" in message


def test_a_value_said_once_in_the_other_language_is_a_warning():
    """A/RES/79/123 PP17: "the 1949 Geneva Conventions of 12 August 1949" is "Conventions de Genève du 12 août
    1949": the year is there; that it is there once is a matter of wording, not an omission."""
    english = " 1. Recalls Additional Protocol I to the 1949 Geneva Conventions of 12 August 1949; \n"
    french = " 1. Rappelle le Protocole additionnel I aux Conventions de Genève du 12 août 1949 ; \n"
    [(severity, unit, message)] = found(NumbersCheck(), context("en", english, "fr", french))
    assert (severity, unit) == ("warning", "OP1") and "1949" in message and "the other side has it too" in message
    changed = french.replace("1949", "1948")
    assert [f[0] for f in found(NumbersCheck(), context("en", english, "fr", changed))] == ["error"]


@pytest.mark.parametrize(("language", "body"), [
    # the translations of the 79th session spell out what the English writes in digits
    ("fr", " 1. Rappelle le Cadre décennal de programmation, le Groupe des Vingt et sa soixante-quinzième session ; \n"),
    ("es", " 1. Recuerda el Marco Decenal de Programas, el Grupo de los Veinte y su septuagésimo quinto período ; \n"),
    ("ru", " 1. Ссылается на десятилетние рамки программ, Группу двадцати и семьдесят пятую сессию; \n"),
    ("ar", " 1 - تشير إلى الإطار العشري للبرامج ومجموعة العشرين ودورتها الخامسة والسبعين؛ \n"),
    ("zh", " 1. 回顾十年方案框架、二十国集团和第七十五届会议; \n"),
])
def test_numbers_the_translation_writes_in_words(language, body):
    english = " 1. Recalls the 10-Year Framework of Programmes, the Group of 20 and its 75th session; \n"
    assert found(NumbersCheck(), context("en", english, language, body)) == []
    changed = english.replace("75th", "76th")
    assert [f[0] for f in found(NumbersCheck(), context("en", changed, language, body))] == ["error"]


@pytest.mark.parametrize(("language", "body"), [
    # A/RES/79/1 OP67(b) and others: Sustainable Development Goal targets and indicators, as each version prints them
    ("fr", " 1. Rappelle la cible 16.8, l’indicateur 17.3.1 et la résolution 58.3. \n"),
    ("es", " 1. Recuerda la meta 16.8, el indicador 17.3.1 y la resolución 58.3. \n"),
    ("ru", " 1. Ссылается на задачу 16.8, показатель 17.3.1 и резолюцию 58.3. \n"),
    ("zh", " 1. 回顾具体目标16.8、指标17.3.1和第58.3号决议。 \n"),
    ("ar", " 1 - تشير إلى الغاية 16-8 والمؤشر 17-3-1 والقرار 58-3. \n"),
])
def test_dotted_codes_in_each_language(language, body):
    english = " 1. Recalls target 16.8, indicator 17.3.1 and resolution 58.3. \n"
    assert found(NumbersCheck(), context("en", english, language, body)) == []
    other = english.replace("17.3.1", "17.3.2")
    assert [f[0] for f in found(NumbersCheck(), context("en", other, language, body))] == ["error"]


def test_arabic_labels_of_letters_and_numbers():
    """The Arabic writes "decision 1/CP.21" as "المقرر 1/م أ-21", "sect. B.2" as "الفرع باء-2", "para. II.75" as
    "الفقرة ثانيا-75", "Supplement No. 53A" as "الملحق رقم 53 ألف" (not 53,000), "regulation 4.10" as "للبند 4-10"."""
    english = " 1. Recalls decision 1/CP.21, sect. B.2, para. II.75, Supplement No. 53A and regulation 4.10; \n"
    arabic = " 1 - تشير إلى المقرر 1/م أ-21 والفرع باء-2 والفقرة ثانيا-75 والملحق رقم 53 ألف وللبند 4-10؛ \n"
    assert found(NumbersCheck(), context("en", english, "ar", arabic)) == []
    # OP 1, 1/م أ-21, 4-10, 53 ألف; the labels' numbers soft (they answer for "E-1", which the English reads)
    assert sorted(v.value for v in extract(arabic, "ar") if not v.soft) == ["1", "1", "4.1", "53"]
    assert sorted(v.value for v in extract(arabic, "ar") if v.soft) == ["2", "21", "75"]
    thousands = " 1 - تشير إلى أن نحو 53 ألف شخص؛ \n"  # a number of thousands stays one
    assert found(NumbersCheck(), context("en", " 1. Notes that some 53,000 people; \n", "ar", thousands)) == []


def test_an_article_in_roman_numerals_is_the_chinese_numbered_article():
    english = " 1. Recalls the obligations under article VI of the Treaty; \n"
    assert found(NumbersCheck(), context("en", english, "zh", " 1. 回顾《条约》第六条规定的义务; \n")) == []


@pytest.mark.parametrize(("english", "language", "body", "read"), [
    # a scale before a bracket (A/RES/79/227 PP62), a scale written once for both ends of a range (the Spanish
    # 79/171 OP5: "entre 713 y 757 millones"), trillions, 亿
    ("an estimated 148.1 million (22.3 per cent)", "fr", "environ 148,1 millions (22,3 pour cent)",
     ["148100000", "22.3%"]),
    ("between 713 million and 757 million people", "es", "entre 713 y 757 millones de personas",
     ["713000000", "757000000"]),
    ("between 5.8 trillion and 5.9 trillion dollars", "zh", "5.8万亿至5.9万亿美元", ["5800000000000", "5900000000000"]),
    ("249 million people", "zh", "2.49亿人", ["249000000"]),
    ("from 10 to 20 per cent", "es", "del 10 al 20 por ciento", ["10%", "20%"]),
    ("in 2022 to 52,600 million", "es", "en 2022 a 52.600 millones", ["2022", "52600000000"]),
    # the first, and chapters in Roman numerals, as the translations write them
    ("article 1, paragraph 2, and part 9 of the Statute", "fr", "article premier, paragraphe 2, et chapitre IX du Statut",
     ["1", "2", "9"]),
    ("article 1 and chapter 9", "ru", "статья первая и глава IX", ["1", "9"]),
    # Agenda 21, the Russian "Повестка дня на XXI век"; article 2.2, the Chinese 第二条第二款
    ("Agenda 21", "ru", "Повестка дня на XXI век", ["21"]),
    ("article 2.2 of the Paris Agreement", "zh", "《巴黎协定》第二条第二款", ["2", "2", "2.2"]),
    # lists of targets, and "its resolution 63.22" (قرارها), in Arabic
    ("targets 9.1.2 and 3.9, and its resolution 63.22", "ar", "الغايات 9-1-2 و 3-9، وفي قرارها 63-22",
     ["3.9", "63.22", "9.1.2"]),
    # staff grades are names, no numbers, in every script (A/RES/79/258: "Architect (P-4)", the Spanish
    # "Arquitecto (P‑4)" with a no-break hyphen, the Russian "(С-4)" with a Cyrillic С, the Arabic "(ف-4)")
    ("an Architect (P-4) and posts from P-1 to D-2", "es", "un Arquitecto (P‑4) y puestos de P‑1 a D‑2", []),
    ("an Architect (P-4) and posts from P-1 to D-2", "zh", "一名建筑师(P-4)以及P-1至D-2职等员额", []),
    ("an Architect (P-4)", "ru", "архитектор (\u0421-4)", []),
    ("an Architect (P-4)", "ar", "مهندس معماري (ف-4)", []),
])
def test_the_same_numbers_written_otherwise(english, language, body, read):
    assert sorted(v.value for v in extract(body, language) if v.kind in ("number", "percent")) == read
    assert found(NumbersCheck(), context("en", f" 1. Notes {english}; \n", language, f" 1. {body}; \n")) == []


def test_soft_values_still_answer_only_for_their_own_number():
    """Two values in words (or a Roman numeral against a Chinese 第 numeral) are never reported themselves, but
    a digit of the English must find its number: "article 7" against 第六条 is an error."""
    assert [f[0] for f in found(NumbersCheck(), context("en", " 1. Recalls article 7 of the Treaty; \n", "zh",
                                                        " 1. 回顾《条约》第六条; \n"))] == ["error"]
    assert [f[0] for f in found(NumbersCheck(), context("en", " 1. Recalls Agenda 22; \n", "ru",
                                                        " 1. Ссылается на Повестку дня на XXI век; \n"))] == ["error"]
    # each is read, as its own number: the error is the 7 (the 22) that finds no 7 (no 22)
    from align.localized import extract

    assert [(v.value, v.soft) for v in extract("回顾《条约》第六条", "zh")] == [("6", True)]
    assert [(v.value, v.soft) for v in extract("Повестку дня на XXI век", "ru")] == [("21", True)]
    assert found(NumbersCheck(), context("en", " 1. Recalls article 6 of the Treaty; \n", "zh",
                                         " 1. 回顾《条约》第六条; \n")) == []


def test_covid_19_is_a_name_not_a_number():
    english = " 1. Notes the effects of the COVID-19 pandemic; \n"
    assert found(NumbersCheck(), context("en", english, "zh", " 1. 注意到冠状病毒病大流行的影响; \n")) == []
    assert [v.value for v in extract("the COVID-19 pandemic and 19 States", "en")] == ["19"]


def test_a_treaty_series_volume_one_apart_with_the_same_registration_number_is_a_note():
    """A/RES/79/204, FN19 (source: United Nations): UNCLOS, printed over two volumes of the Treaty Series, is cited
    in vol. 1833 in English and vol. 1834 in French; the registration number 31363 is the same.  Another volume,
    or another registration number, is still an error."""
    from align.aligner import align_documents
    from align.qa.base import QaContext
    from align.qa.numbers import NumbersCheck
    from align.reading.text import parse_text
    from align.srx import default_rules

    from .qa_helpers import resolution

    def findings(english: str, french: str):
        en = parse_text(resolution("en", f" 1. Calls upon States to ratify the Convention.1\n\n{english}"), language="en",
                        path="t.en.txt")
        fr = parse_text(resolution("fr", f" 1. Demande aux États de ratifier la Convention1.\n\n{french}"), language="fr",
                        path="t.fr.txt")
        return [(f.severity.value, f.message) for f in NumbersCheck().run(QaContext(align_documents(en, fr,
                                                                                                      default_rules())))]
    note = findings("_______________\n1 United Nations, Treaty Series, vol. 1833, No. 31363.\n",
                    "_______________\n1 Nations Unies, Recueil des Traités, vol. 1834, no 31363.\n")
    assert [severity for severity, _ in note] == ["info"] and "vol. 1833 in the original, 1834" in note[0][1]
    wrong = findings("_______________\n1 United Nations, Treaty Series, vol. 1833, No. 31363.\n",
                     "_______________\n1 Nations Unies, Recueil des Traités, vol. 1834, no 31364.\n")
    assert [severity for severity, _ in wrong] == ["error"]


def test_the_quick_look_for_number_words_changes_nothing():
    """English number words are looked for only in a text that holds one of their words: the same values
    either way, for every word the look knows, written as texts write them."""
    from unittest import mock

    from align import numberwords

    texts = ["seventy-fifth session", "fifty-fifty", "no number here", "fıve (a dotless i)", "ſeven", "one\u0345 State"]
    for word in sorted(numberwords._ENGLISH_WORDS):
        texts += [f"{word} IV", f"the {word.capitalize()}. XII", f"{word.upper()} States", f"twenty-{word}", f"a {word}s"]
    for text in texts:
        quick = list(numberwords.english(text))
        with mock.patch.object(numberwords, "_ENGLISH_WORDS", mock.Mock(isdisjoint=lambda _: False)):  # no look
            whole = list(numberwords.english(text))
        assert quick == whole, text
    assert list(numberwords.english("ſeven")) == [(7, 0, 5)]
    assert list(numberwords.english("chapter IX")) == [(9, 8, 10)]


def test_a_tables_digits_grouped_otherwise_are_a_note():
    # 79/259 B (source: United Nations): the English table's "710 800" is read as 710 and 800, the French
    # "710 800" (no-break space) as 710,800; the digits stand in the same order in both: a note, not an error
    english = (" 1. Income section Amount 1. Income from staff assessment 329 472 000 2. General income 34 090 300 "
               "3. Services to the public 710 800 Total 364 273 100; \n")
    french = (" 1. Chapitre des recettes Montant 1. Recettes provenant des contributions du personnel 329\u00a0472\u00a0000 "
              "2. Recettes générales 34\u00a0090\u00a0300 3. Services à l’intention du public 710\u00a0800 Total "
              "364\u00a0273\u00a0100 ; \n")
    results = found(NumbersCheck(), context("en", english, "fr", french))
    assert [(s, u) for s, u, _ in results] == [("info", "OP1")]
    assert "the same digits in the same order, grouped otherwise" in results[0][2]
    # a digit more is no regrouping
    wrong = french.replace("710\u00a0800", "710\u00a0801")
    assert [s for s, _, _ in found(NumbersCheck(), context("en", english, "fr", wrong))] == ["error"]


def test_a_number_one_side_writes_in_a_symbol_is_no_regrouping():
    # 79/41: "INFCIRC 549" in the English, the IAEA's symbol "INFCIRC/549" in the French: still an error
    results = found(NumbersCheck(), context("en", " 1. Guidelines (INFCIRC 549); \n", "fr", " 1. Directives (INFCIRC/549) ; \n"))
    assert [s for s, _, _ in results] == ["error"]


@pytest.mark.parametrize(("language", "body", "note"), [
    # A/RES/79/195 OP34 (source: United Nations): "article 3.5 of the UNFCCC and article 4.15 of the Paris
    # Agreement" is, in Arabic, "paragraph 5 of article 3 ... paragraph 15 of article 4"
    ("ar", " 1. تشير إلى الفقرة 5 من المادة 3 من الاتفاقية والفقرة 15 من المادة 4 من اتفاق باريس؛ \n",
     "OP1: 3.5 in the original, 3 and 5 in the translation: an article and its paragraph"),
])
def test_an_article_and_its_paragraph_as_one_number_and_as_two_is_a_note(language, body, note):
    english = " 1. Recalls article 3.5 of the Convention and article 4.15 of the Paris Agreement; \n"
    findings = found(NumbersCheck(), context("en", english, language, body))
    assert [severity for severity, _, _ in findings] == ["info", "info"]
    assert findings[0][2].startswith(note)


def test_an_article_and_its_paragraph_the_other_way_round_and_a_wrong_one_is_still_an_error():
    # A/RES/79/136 PP14: "article 4 (4)" is "artículo 4.4" in Spanish; "artículo 4.5" is another paragraph
    english = " 1. Recalls article 4 (4) of the said cooperation agreement; \n"
    [(severity, _, message)] = found(NumbersCheck(), context("en", english, "es",
                                                             " 1. Recuerda el artículo 4.4 de dicho acuerdo; \n"))
    assert severity == "info" and "4.4 in the translation, 4 and 4 in the original" in message
    assert [f[0] for f in found(NumbersCheck(), context("en", english, "es",
                                                        " 1. Recuerda el artículo 4.5 de dicho acuerdo; \n"))] == ["error"]


def test_an_index_of_100_against_its_excess_in_per_cent_is_a_note():
    # A/RES/79/252 A, section II (source: United Nations): the margin as an index in English, in per cent in French
    english = " 1. Reaffirms that the margin should be maintained in a range of 110 to 120, the midpoint of 115; \n"
    french = " 1. Réaffirme que la marge doit être maintenue dans une fourchette de 10 à 20 pour cent, médiane de 15 pour cent ; \n"
    findings = found(NumbersCheck(), context("en", english, "fr", french))
    assert [severity for severity, _, _ in findings] == ["info"] * 3
    assert "115 in the original, 15 pour cent in the other version" in findings[2][2]
    wrong = french.replace("médiane de 15", "médiane de 16")
    assert "error" in [severity for severity, _, _ in found(NumbersCheck(), context("en", english, "fr", wrong))]


def test_a_value_two_readings_could_excuse_is_excused_once():
    # 115 could be an index of 100 against 15 per cent, and 115 with 2 an article and its paragraph (115.2)
    english = " 1. Welcomes the 115 members and the 2 observers; \n"
    french = " 1. Se félicite du point 115.2 et des 15 pour cent ; \n"
    # the first excuse that takes it has it: the article's paragraph; the 15 per cent, alone, is an error
    assert found(NumbersCheck(), context("en", english, "fr", french)) == [
        ("info", "OP1", "OP1: 115.2 in the translation, 115 and 2 in the original: an article and its paragraph, "
                        "written as one number and as two?"),
        ("error", "OP1", "OP1: in the translation only: 15 pour cent; check the number")]
