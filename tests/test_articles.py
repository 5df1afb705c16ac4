"""The Universal Declaration of Human Rights in the six official languages."""

from __future__ import annotations

import pytest

from align.aligner import align_documents
from align.languages import article_number
from align.srx import default_rules

LANGUAGES = ["en", "fr", "es", "ru", "ar", "zh"]


def articles(document):
    return [uid for uid in document.ids() if uid.startswith("ART")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_article_and_item_is_read(udhr, language):
    document = udhr(language)
    ids = articles(document)
    assert {uid.split(".")[0] for uid in ids} == {f"ART{n}" for n in range(1, 31)}
    assert "ART13.1" in ids and "ART13.2" in ids and "ART29.3" in ids
    assert document.unit("ART1").text
    assert not document.unit("ART13.1").text.startswith(("1", "㈠"))


def test_articles_are_the_same_in_all_six(udhr):
    expected = articles(udhr("en"))
    for language in LANGUAGES[1:]:
        assert articles(udhr(language)) == expected, language


def test_english_and_french_align_paragraph_for_paragraph(udhr):
    alignment = align_documents(udhr("en"), udhr("fr"), default_rules())
    assert [p.unit_id for p in alignment.unpaired()] == ["PR0"]  # "Now, therefore," has no French counterpart
    paired = [p.unit_id for p in alignment.pairs if p.paired]
    assert [uid for uid in paired if uid.startswith("ART")] == articles(udhr("en"))
    # every pair is right; the confidence, fitted on resolutions of 2024, is lower on a text of 1948
    # (fewer of its words in the lexicon, a freer translation) but still high on the whole
    confidences = [p.confidence for p in alignment.pairs if p.paired]
    assert sum(confidences) / len(confidences) >= 0.8 and sum(c >= 0.5 for c in confidences) >= 0.9 * len(confidences)


def test_the_arabic_preamble_lacks_the_fourth_consideration(udhr):
    alignment = align_documents(udhr("en"), udhr("ar"), default_rules())
    assert [p.unit_id for p in alignment.unpaired() if p.unit_id.startswith("PP")] == ["PP4"]
    pp5 = next(p for p in alignment.pairs if p.unit_id == "PP5")
    assert pp5.paired and "الأمم المتحدة" in pp5.target.unit.text  # "the peoples of the United Nations"


@pytest.mark.parametrize(("label", "number"), [("1", 1), ("premier", 1), ("١٣", 13), ("十三", 13), ("二十", 20), ("三十", 30)])
def test_article_numbers(label, number):
    assert article_number(label) == number


@pytest.mark.parametrize(("text", "declared"), [(a, b) for a in LANGUAGES for b in LANGUAGES if a != b])
def test_a_version_declared_in_another_of_the_six_languages_is_refused(text, declared):
    from align.errors import InputError
    from align.reading import read_document

    from .conftest import UDHR, UDHR_SYMBOL, shared

    shared("corpus", "udhr")
    with pytest.raises(InputError, match=f"its text is in '{text}'.*not in '{declared}'"):
        read_document(UDHR / f"udhr.{text}.txt", declared, UDHR_SYMBOL)
    fixed = read_document(UDHR / f"udhr.{text}.txt", declared, UDHR_SYMBOL, True)
    assert fixed.language == text and fixed.warnings[-1].endswith(f"not in '{declared}': read as '{text}'")


def test_an_article_missing_from_a_translation_is_found_by_content_and_said_once(udhr):
    """Article 8 gone from the French, 9–30 numbered 8–29: each article is paired with its own again."""
    import re
    from dataclasses import replace

    french = udhr("fr")
    article = re.compile(r"^ART(\d+)(?=$|[.(])")

    def renamed(uid: str) -> str:
        match = article.match(uid)
        return f"ART{int(match.group(1)) - 1}{uid[match.end():]}" if match and int(match.group(1)) > 8 else uid

    units = tuple(replace(u, id=renamed(u.id)) for u in french.units
                  if not ((m := article.match(u.id)) and int(m.group(1)) == 8))
    alignment = align_documents(udhr("en"), replace(french, units=units), default_rules())
    said = [w for w in alignment.target.warnings if "numbered by content" in w]
    assert len(said) == 1 and said[0].endswith("translation ART8–ART29 are original ART9–ART30; original ART8 is missing")
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["ART8"].target is None
    assert pairs["ART13.2"].target.unit.text == french.unit("ART13.2").text
    assert pairs["ART30"].target.unit.text == french.unit("ART30").text
