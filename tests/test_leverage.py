"""Leverage analysis of a new resolution against the TM of an earlier one."""

from __future__ import annotations

from align.leverage import BAND_NAMES, analyze, band
from align.reading.text import parse_text
from align.srx import default_rules
from tmx.index import TmIndex

from .conftest import FR


def test_bands_are_the_usual_ones():
    assert [band(s) for s in (100, 99, 95, 94, 85, 84, 75, 74, 50, 49, None)] == [
        "100%", "95-99%", "95-99%", "85-94%", "85-94%", "75-84%", "75-84%", "50-74%", "50-74%", "no match", "no match",
    ]


def test_a_revised_resolution_against_the_tm_of_the_original(untm_tmx):
    text = FR.read_text(encoding="utf-8")
    revised = (
        text.replace("3,5 millions", "4 millions")
        .replace("vingt-cinquième", "trentième")
        .replace("Prend acte du rapport", "Prend note du rapport")
        .replace("sur les mesures propres à \nfavoriser et faciliter", "sur les moyens de \nfavoriser")
    )
    result = analyze(parse_text(revised, language="fr"), default_rules(), TmIndex.build(untm_tmx))
    by_unit = {s.unit: s for s in result.segments}
    assert by_unit["OP8"].band == "95-99%"
    assert by_unit["OP11"].band == "95-99%"
    assert by_unit["OP1"].band == "50-74%"  # 6 edits in 21 tokens: 71
    assert result.counts()["100%"]["segments"] == 22
    assert sum(c["segments"] for c in result.counts().values()) == 25
    data = result.as_json()
    assert data["units"]["OP8"]["95-99%"] == {"segments": 1, "words": by_unit["OP8"].words}
    assert data["segments"][0]["band"] == "100%" and data["segments"][0]["tm_target"]
    table = result.as_table()
    assert all(name in table for name in BAND_NAMES)


def test_an_unrelated_text_has_no_match(untm_tmx):
    text = " 1/1. Zzyzx \n\n The General Assembly, \n\n 1. Qwerty uiop asdf; \n"
    result = analyze(parse_text(text, language="en"), default_rules(), TmIndex.build(untm_tmx))
    assert result.counts()["no match"]["segments"] == 3
