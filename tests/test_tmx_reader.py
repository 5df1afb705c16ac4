"""The TMX reader on files as untm, OmegaT, translate-toolkit and other tools write them."""

from __future__ import annotations

import pytest

from tmx.errors import TmxFileError
from tmx.reader import TmxReader, language_match, pick
from tmx.units import Variant

from .conftest import DATA

TMX = DATA / "tmx"


def test_omegat_tmx_11_with_lang_and_upper_case_codes():
    reader = TmxReader(TMX / "omegat-1.1.tmx")
    pairs = list(reader.pairs("fr", "en"))
    assert reader.info.version == "1.1" and reader.info.srclang == "FR"
    assert [(p.source.lang, p.target.lang) for p in pairs] == [("FR", "EN-GB"), ("FR", "EN-GB")]
    assert pairs[1].source.text == "Ibid. par. 43." and pairs[1].target.text == "Ibid., para. 43."
    assert reader.skipped == {"no variant in the source language": 1}


def test_translate_toolkit_tmx_reads_with_notes():
    reader = TmxReader(TMX / "translate-toolkit.tmx")
    units = list(reader)
    assert reader.info.o_tmf == "UTF-8"
    assert units[1].notes == ("from A/RES/57/263",)
    assert [u.variants[1].text for u in units] == ["South-South cooperation", "The Secretary-General", "South–South co-operation"]


def test_inline_codes_are_kept_as_markup_and_left_out_of_the_text():
    reader = TmxReader(TMX / "inline-multilingual.tmx")
    first = next(iter(reader))
    french = first.variants[0]
    assert french.text == "La coopération Sud-Sud est essentielle."
    assert french.markup.startswith('La <bpt i="1" x="1">{\\b </bpt>coopération Sud-Sud<ept i="1">}</ept>')
    assert first.prop("x-document") == "A/RES/57/263"


def test_srclang_all_takes_the_source_asked_for_and_several_targets():
    reader = TmxReader(TMX / "inline-multilingual.tmx")
    assert [(p.source.text, p.target.text) for p in reader.pairs("es", "en")] == [
        ("La cooperación Sur-Sur es esencial.", "South-South cooperation is essential."),
        ("Sólo en español.", "Only in Spanish."),
    ]
    reader = TmxReader(TMX / "inline-multilingual.tmx")
    assert list(reader.pairs()) == []  # *all* names no source: every TU is skipped, and counted
    assert reader.skipped == {"no variant in the source language": 2}


def test_language_codes_match_case_insensitively_with_region_fallback():
    assert language_match("fr", "FR-ca") == 1 and language_match("fr-FR", "FR-fr") == 2
    assert language_match("en", "fr") == 0
    variants = (Variant("fr-CA", "a"), Variant("fr-FR", "b"), Variant("en", "c"))
    assert pick(variants, "fr-fr").text == "b"
    assert pick(variants, "fr").text == "a"
    assert pick(variants, "FR-BE").text == "a"
    assert pick(variants, "ru") is None


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"not xml at all", "not well-formed XML", 1),
        (b'<?xml version="1.0"?>\n<xliff version="1.2"><file/></xliff>', "not a TMX file", None),
        (b'<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="fr"/>\n<body>\n<tu><tuv xml:lang="fr"><seg>a</seg>', "not well-formed XML", 5),
        (b'<?xml version="1.0"?>\n<html><header/></html>', "the root element is <html>, not <tmx>", 2),
    ],
)
def test_what_is_not_tmx_is_reported_with_file_and_line(tmp_path, content, message, line):
    path = tmp_path / "bad.tmx"
    path.write_bytes(content)
    with pytest.raises(TmxFileError) as caught:
        list(TmxReader(path))
    assert message in str(caught.value) and str(caught.value).startswith(str(path))
    if line:
        assert caught.value.line == line


def test_entities_are_not_resolved(tmp_path):
    path = tmp_path / "xxe.tmx"
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>a&x;</seg></tuv>'
        '<tuv xml:lang="en"><seg>b</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    units = list(TmxReader(path))
    assert "SECRET" not in units[0].variants[0].text
