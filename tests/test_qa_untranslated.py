from __future__ import annotations

from align.qa.untranslated import UntranslatedCheck, script_share

from .qa_helpers import context, found


def test_a_unit_left_in_the_original_is_an_error():
    body_en = " 1. Decides to remain seized of the matter; \n\n 2. See A/57/155. \n"
    body_fr = " 1. Decides to remain seized of the matter; \n\n 2. See A/57/155. \n"
    results = found(UntranslatedCheck(), context("en", body_en, "fr", body_fr))
    # "See A/57/155." has one word: it could be a name, and is left alone.
    assert [(s, u) for s, u, _ in results] == [("error", "OP1")]


def test_symbols_alone_are_not_untranslated():
    results = found(UntranslatedCheck(), context("en", " 1. A/57/155. \n", "fr", " 1. A/57/155. \n"))
    assert results == []


def test_a_unit_in_the_wrong_script():
    results = found(UntranslatedCheck(), context("en", " 1. Decides to act; \n", "ru", " 1. Decides to act now; \n"))
    assert results[0][:2] == ("error", "OP1") and "script" in results[0][2]
    assert script_share("Генеральная Ассамблея", "CYRILLIC") == 1.0


_OP = ("Requests the Secretary-General to submit to the General Assembly at its fifty-ninth session a report on the "
       "implementation of the present resolution. Decides to include in the provisional agenda of its fifty-ninth "
       "session the item entitled “Environment and sustainable development”.")
_OP_FR = ("Prie le Secrétaire général de lui présenter à sa cinquante-neuvième session un rapport sur l’application de "
          "la présente résolution. Décide d’inscrire à l’ordre du jour provisoire de sa cinquante-neuvième session la "
          "question intitulée « Environnement et développement durable ».")


def test_a_sentence_copied_from_the_original_is_named():
    half = _OP_FR.split(". ")[0] + ". " + _OP.split(". ")[1]
    results = found(UntranslatedCheck(), context("en", f" 1. {_OP} \n", "fr", f" 1. {half} \n"))
    assert results == [("error", "OP1", "OP1: sentence 2 of 2 is the original copied, not translated; translate it")]


def test_a_translation_and_english_titles_are_not_copies():
    title = "Taking note of the publication entitled 2024 Global Report on Food Crises: Joint Analysis for Better Decisions,"
    title_es = ("Tomando nota de la publicación titulada 2024 Global Report on Food Crises: Joint Analysis for Better "
                "Decisions,")
    clean = context("en", f" {title} \n\n 1. {_OP} \n", "es", f" {title_es} \n\n 1. {_OP_FR} \n")
    assert found(UntranslatedCheck(), clean) == []


def test_a_copied_footnote_is_a_warning():
    note = ("See World Trade Organization, ministerial declaration on the emergency response to food insecurity "
            "(WT/MIN(22)/28), adopted on 17 June 2022.")
    en = f" 1. {_OP}1 \n\n_______________ \n1 {note} \n"
    fr = f" 1. {_OP_FR}1 \n\n_______________ \n1 Voir {note[4:]} \n"
    results = found(UntranslatedCheck(), context("en", en, "fr", fr))
    assert [(s, u) for s, u, _ in results] == [("warning", "FN1")]


def test_a_footnote_kept_as_published_is_a_warning_a_title_nothing():
    def check(note):
        return found(UntranslatedCheck(), context("en", f" 1. {_OP}1 \n\n_______________ \n1 {note} \n",
                                                  "fr", f" 1. {_OP_FR}1 \n\n_______________ \n1 {note} \n"))

    assert check("Adopted without a vote on the recommendation of the committee.") == [
        ("warning", "FN1", "FN1 is the same as the original; translate it")]
    assert check("United Nations, Treaty Series, vol. 1771, No. 30822.") == []


def test_a_footnote_cited_in_the_latin_script_in_a_russian_translation_is_a_warning():
    """A/RES/79/168, footnote 12 in Russian: "A/CONF.157/24 (Part I), гл. III." cites the document as published;
    in the Latin script, but a citation, not a sentence left untranslated (source: United Nations)."""
    en = " 1. Decides to act on the report, as it was agreed.1 \n\n_______________ \n1 Ibid., vol. 2688, No. 47713. \n"
    ru = (" 1. Постановляет действовать на основе доклада, как было согласовано.1 \n\n_______________ \n"
          "1 Ibid., vol. 2688, No. 47713, Part I. \n")
    assert [(s, u) for s, u, _ in found(UntranslatedCheck(), context("en", en, "ru", ru))] == [("warning", "FN1")]
