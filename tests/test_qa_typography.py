from __future__ import annotations

import pytest

from align.qa.typography import TypographyCheck

from .qa_helpers import context, found

EN = " 1. Decides: to act; \n"


def test_french_no_break_spaces_pass():
    assert found(TypographyCheck(), context("en", EN, "fr", " 1. Décide\u00a0: d’agir «\u202fvite\u202f»\u202f; \n")) == []


def test_ordinary_or_missing_spaces_are_noted():
    results = found(TypographyCheck(), context("en", EN, "fr", " 1. Décide: d’agir « vite » ; \n"))
    [(severity, unit, message)] = results
    assert (severity, unit) == ("info", "OP1")
    assert "no space before “:”" in message and "ordinary space before “;”" in message and "after “«”" in message


# Correct text in each language, as its editors write it: nothing to note.
@pytest.mark.parametrize(("language", "body"), [
    ("en", " 1. Decides, at 10:30, to act: “now”; see http://www.un.org; why? \n"),
    ("es", " 1. Decide actuar; ¿por qué? ¡Ahora! Véase A/57/444: \n"),
    ("ru", " 1. Постановляет: действовать; «сейчас»! \n"),
    ("zh", " 1. 决定：采取行动；（见A/57/444，第3段）。 \n"),
    ("ar", " 1. تقرر، أن تتخذ إجراءات؛ لماذا؟ A/57/444, 3 \n"),
])
def test_correct_typography_is_not_noted(language, body):
    assert found(TypographyCheck(), context("fr", " 1. Décide\u00a0; \n", language, body)) == []


@pytest.mark.parametrize(("language", "body", "notes"), [
    ("en", " 1. Decides ; to act , «now» \n",
     ["a space before “;”", "a space before “,”", "the French quotation mark “«”", "(4 places)"]),
    ("es", " 1. Decide actuar ; por qué? Ahora! \n",
     ["a space before “;”", "“?” without its opening “¿”", "“!” without its opening “¡”"]),
    ("ru", " 1. Постановляет : действовать \n", ["a space before “:”"]),
    ("zh", " 1. 决定,采取行动;(见第3段) \n",
     ["the ASCII “,” in Chinese text", "(4 places)"]),
    ("ar", " 1. تقرر, أن تتخذ إجراءات; لماذا? \n", ["the Latin “,” after an Arabic word", "(3 places)"]),
])
def test_each_language_s_faults_are_noted_in_their_unit(language, body, notes):
    [(severity, unit, message)] = found(TypographyCheck(), context("fr", " 1. Décide\u00a0; \n", language, body))
    assert (severity, unit) == ("info", "OP1")
    for note in notes:
        assert note in message


def test_a_spanish_question_opened_in_an_earlier_sentence_is_noted():
    [(_, _, message)] = found(TypographyCheck(), context("en", EN, "es", " 1. ¿Decide. Actuar? \n"))
    assert "without its opening “¿”" in message
