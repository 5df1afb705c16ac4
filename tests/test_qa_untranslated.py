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
