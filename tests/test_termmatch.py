"""Term matching on the constructions UN texts use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.glossary import read_glossary
from align.termmatch import _COORDINATION, TermMatcher, coordinations, fold, inflections

from .conftest import SOURCES


@pytest.fixture(scope="module")
def glossary():
    return read_glossary(SOURCES / "glossary.tbx", "fr", "en")


def found(glossary, side, text):
    matcher = TermMatcher(glossary, side)
    return [(glossary.entries[o.entry].id, o.text, o.elliptical) for o in matcher.find(text)]


def test_folding_keeps_a_map_to_the_original():
    folded, index = fold("L’Assemblée  Sud‑Sud\u00a0;")
    assert folded == "l'assemblee sud-sud ;"
    assert index[folded.index("sud")] == 13


@given(st.text(max_size=80))
def test_folding_maps_every_character_back(text):
    folded, index = fold(text)
    assert len(folded) == len(index)
    assert list(index) == sorted(index) and all(0 <= i < len(text) for i in index)


_LATIN_TEXT = st.text(st.one_of(st.characters(max_codepoint=0xFF), st.sampled_from("’‘ʼ′‐‑‒–—―−\u202f\u2009\u3000ŒœΣ")),
                      max_size=80)


@given(st.one_of(_LATIN_TEXT, st.text(max_size=80)))
def test_latin_text_folded_byte_for_byte_folds_as_the_table_does(text):
    from align.termmatch import _TABLE, _folded_quickly

    assert _folded_quickly(text) in (None, text.translate(_TABLE))
    if all(ord(c) < 256 and c not in "µ¼½¾ß" for c in text):
        assert _folded_quickly(text) is not None


# Pieces coordinations are made of, and the characters that stop them.
_PIECES = st.sampled_from(["a", "bb", "and", "or", "et", "ou", ",", " ", ", ", "x-y", "l'a", ".", "(", "é", "²", "_", "\t"])


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_coordinations_are_what_the_pattern_finds_over_the_whole_text(text):
    assert [m.span() for m in coordinations(text)] == [m.span() for m in _COORDINATION.finditer(text)]


def test_coordinations_in_a_sentence():
    text = "coopération sud-sud et triangulaire, l'examen. pays a, b, and c or d"
    assert [m.group(0) for m in coordinations(text)] == ["sud-sud et triangulaire", "a, b, and c"]


def test_inflections():
    assert "developing country" in inflections("developing countries")
    assert "etat membre" in inflections("etats membres")
    assert "pays developpe" in inflections("pays developpes")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coopération  SUD-SUD", [("south-south-cooperation", "Coopération  SUD-SUD", False)]),
        ("la coopération Sud‑Sud", [("south-south-cooperation", "coopération Sud‑Sud", False)]),
        ("de l’examen", []),
        ("les pays en\u00a0développement", [("developing-countries", "pays en\u00a0développement", False)]),
        ("la coopération Sud-Sud et triangulaire", [
            ("south-south-cooperation", "coopération Sud-Sud", False),
            ("triangular-cooperation", "coopération Sud-Sud et triangulaire", True),
        ]),
        ("des États membres du Groupe des 77", [("group-of-77", "Groupe des 77", False)]),
        ("des États Membres", [("member-states", "États Membres", False)]),
        ("le Fonds d’affectation spéciale pour la coopération Sud-Sud", [("south-south-cooperation", "coopération Sud-Sud", False)]),
    ],
)
def test_french_occurrences(glossary, text, expected):
    assert found(glossary, "source", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South-South and triangular cooperation", [
            ("south-south-cooperation", "South-South and triangular cooperation", True),
            ("triangular-cooperation", "triangular cooperation", False),
        ]),
        ("North-South, South-South and triangular cooperation", [
            ("south-south-cooperation", "North-South, South-South and triangular cooperation", True),
            ("north-south-cooperation", "North-South, South-South and triangular cooperation", True),
            ("triangular-cooperation", "triangular cooperation", False),
        ]),
        ("a developing country", [("developing-countries", "developing country", False)]),
        ("developing and developed countries", [
            ("developing-countries", "developing and developed countries", True),
            ("developed-countries", "developed countries", False),
        ]),
        ("the United Nations Millennium Declaration", [("millennium-declaration", "United Nations Millennium Declaration", False)]),
        ("South–South co-operation", [("south-south-cooperation", "South–South co-operation", False)]),
        ("the States members of the Group", []),
        ("nonSouth-South cooperation", []),
    ],
)
def test_english_occurrences(glossary, text, expected):
    assert found(glossary, "target", text) == expected


def test_a_forbidden_variant_is_found_with_its_status(glossary):
    matcher = TermMatcher(glossary, "target")
    [occurrence] = matcher.find("South-South co-operation")
    assert occurrence.term.status.value == "forbidden"


def test_elision_and_a_term_across_a_line_break(glossary):
    assert found(glossary, "source", "du Plan d'action de\nBuenos Aires") == [("buenos-aires-plan", "Plan d'action de\nBuenos Aires", False)]
