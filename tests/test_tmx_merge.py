"""Merging untm's TMX with TMX from OmegaT, translate-toolkit and Trados-like tools."""

from __future__ import annotations

import io

from lxml import etree

from tmx.check import check_tmx
from tmx.merge import merge_tmx
from tmx.reader import TmxReader
from tmx.units import LanguagePair, TmxHeader

from .conftest import DATA

TMX = DATA / "tmx"
HEADER = TmxHeader(srclang="fr", segtype="sentence", creationdate="20021220T000000Z", creationtoolversion="t")


def merge(tmp_path, *paths):
    out = tmp_path / "merged.tmx"
    with out.open("wb") as stream:
        result = merge_tmx(list(paths), stream, HEADER, LanguagePair("fr", "en"))
    return result, out


def test_union_without_duplicates_with_conflicts_listed(tmp_path, untm_tmx):
    tt = TMX / "translate-toolkit.tmx"
    result, out = merge(tmp_path, untm_tmx, tt, TMX / "omegat-1.1.tmx", tt)
    # 25 from untm + 3 from translate-toolkit + 2 from OmegaT, less the OmegaT pairs
    # untm already has (OP1, FN5) and the second copy of the translate-toolkit file.
    assert result.written == 25 + 3 + 2 - 2
    assert result.duplicates == 2 + 3
    assert [(c.source, c.targets) for c in result.conflicts] == [
        ("Coopération Sud-Sud", (("South-South cooperation", "translate-toolkit.tmx"), ("South–South co-operation", "translate-toolkit.tmx")))
    ]
    assert result.skipped == {"omegat-1.1.tmx: no variant in the source language": "1 (first at line 23)"}
    assert check_tmx(out) == []


def test_provenance_props_are_kept_and_origin_added(tmp_path, untm_tmx):
    _, out = merge(tmp_path, untm_tmx, TMX / "translate-toolkit.tmx")
    units = list(TmxReader(out))
    first = units[0]
    assert first.prop("x-document") == "A/RES/57/263" and first.prop("x-unit") == "title"
    assert first.prop("x-origin") == untm_tmx.name
    assert units[-1].prop("x-origin") == "translate-toolkit.tmx"
    assert units[26].notes == ("from A/RES/57/263",)


def test_inline_markup_and_region_codes_survive_a_merge(tmp_path):
    _, out = merge(tmp_path, TMX / "inline-multilingual.tmx")
    original = next(iter(TmxReader(TMX / "inline-multilingual.tmx")))
    merged = next(iter(TmxReader(out)))
    assert merged.variants == original.variants
    assert merged.srclang == "fr-FR"  # the header says fr
    assert check_tmx(out) == []


def test_clashing_tuids_are_made_unique(tmp_path):
    clash = tmp_path / "clash.tmx"
    clash.write_text(
        (TMX / "inline-multilingual.tmx").read_text(encoding="utf-8").replace("essentielle", "vitale"),
        encoding="utf-8",
    )
    _, out = merge(tmp_path, TMX / "inline-multilingual.tmx", clash)
    tuids = [tu.get("tuid") for tu in etree.parse(str(out)).iter("tu")]
    assert tuids == ["42", "clash.tmx:42"]
    assert check_tmx(out) == []


def test_merge_streams_to_any_binary_stream():
    stream = io.BytesIO()
    result = merge_tmx([TMX / "omegat-1.1.tmx"], stream, HEADER, LanguagePair("fr", "en"))
    assert result.written == 2 and stream.getvalue().count(b"</tu>") == 2
