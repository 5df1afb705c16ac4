from __future__ import annotations

import csv
import io

from translate.storage.xliff import xlifffile

from tmx.export import export_moses, export_tsv, export_xliff
from align.model import LanguagePair

from .conftest import DATA, golden

TMX = DATA / "tmx"


def test_tsv_has_the_props_as_columns(untm_tmx):
    stream = io.BytesIO()
    assert export_tsv(untm_tmx, stream, LanguagePair()) == 25
    rows = list(csv.reader(io.StringIO(stream.getvalue().decode("utf-8")), dialect="excel-tab"))
    assert rows[0] == ["fr", "en", "tuid", "x-confidence", "x-document", "x-reason", "x-segment", "x-unit"]
    op8 = next(r for r in rows if r[2] == "A/RES/57/263:OP8:1")
    fr = {u["id"]: u["text"] for u in golden("fr")["units"]}
    assert op8[0] == fr["OP8"] and op8[4] == "A/RES/57/263" and op8[7] == "OP8"


def test_xliff_through_translate_toolkit(untm_tmx):
    stream = io.BytesIO()
    export_xliff(untm_tmx, stream, LanguagePair())
    store = xlifffile.parsestring(stream.getvalue())
    assert len(store.units) == 25
    assert store.units[1].source == "L’Assemblée générale," and store.units[1].target == "The General Assembly,"
    assert store.units[1].xmlelement.get("id") == "A/RES/57/263:intro:1"
    assert "x-unit: intro" in store.units[1].getnotes()


def test_moses_files_are_line_aligned():
    source, target = io.BytesIO(), io.BytesIO()
    count = export_moses(TMX / "inline-multilingual.tmx", source, target, LanguagePair("fr", "en"))
    assert count == 1
    assert source.getvalue().decode() == "La coopération Sud-Sud est essentielle.\n"
    assert target.getvalue().decode() == "South-South cooperation is essential.\n"


def test_moses_turns_line_breaks_into_spaces(tmp_path):
    path = tmp_path / "nl.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>a\nb</seg></tuv>'
        '<tuv xml:lang="en"><seg>c</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    source, target = io.BytesIO(), io.BytesIO()
    export_moses(path, source, target, LanguagePair())
    assert source.getvalue() == b"a b\n" and target.getvalue() == b"c\n"
