from __future__ import annotations

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


def test_only_french_is_checked():
    assert found(TypographyCheck(), context("fr", " 1. Décide ; \n", "en", " 1. Decides ; \n")) == []
