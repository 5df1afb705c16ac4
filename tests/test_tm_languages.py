"""The ``tm`` commands on a TM of three languages: each language in its own column or file, a pair read only
when it is named, a language the TM does not hold refused."""

from __future__ import annotations

import csv
import io

import pytest
from lxml import etree

from align.cli import main
from align.leverage import cat_words
from tmx.units import TmxHeader, TmxUnit, Variant
from tmx.writer import write_tmx

from .conftest import SOURCES


def _tu(tuid: str, *variants: tuple[str, str]) -> TmxUnit:
    return TmxUnit(tuid, tuple(Variant(lang, text) for lang, text in variants), (("x-document", "A/RES/1/1"),))


UNITS = [
    _tu("1", ("en", "South-South cooperation"), ("fr", "Coopération Sud-Sud"), ("es", "Cooperación Sur-Sur")),
    # the Spanish before the French: a column is a language, not a position
    _tu("2", ("en", "Member States"), ("es", "Estados Miembros"), ("fr", "États Membres")),
    _tu("3", ("en", "developing countries"), ("fr", "pays en développement")),  # no Spanish
    _tu("4", ("en", "capacity-building"), ("es", "creación de capacidad")),  # no French
]


@pytest.fixture
def three(tmp_path):
    path = tmp_path / "three.tmx"
    with path.open("wb") as stream:
        write_tmx(stream, TmxHeader("en", "sentence", "20250101T000000Z", "1"), UNITS)
    return path


def test_tsv_has_a_column_per_language(three, tmp_path, capsys):
    assert main(["tm", "export", str(three), "-o", str(tmp_path / "x.tsv")]) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "x.tsv").read_text(encoding="utf-8")), dialect="excel-tab"))
    assert rows[0][:4] == ["en", "fr", "es", "tuid"]
    assert [row[:4] for row in rows[1:]] == [
        ["South-South cooperation", "Coopération Sud-Sud", "Cooperación Sur-Sur", "1"],
        ["Member States", "États Membres", "Estados Miembros", "2"],
        ["developing countries", "pays en développement", "", "3"],
        ["capacity-building", "", "creación de capacidad", "4"],
    ]
    assert main(["tm", "export", str(three), "--tgt-lang", "es", "-o", str(tmp_path / "es.tsv")]) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "es.tsv").read_text(encoding="utf-8")), dialect="excel-tab"))
    assert [row[:3] for row in rows] == [["en", "es", "tuid"], ["South-South cooperation", "Cooperación Sur-Sur", "1"],
                                         ["Member States", "Estados Miembros", "2"],
                                         ["capacity-building", "creación de capacidad", "4"]]


def test_moses_writes_a_file_per_language_line_for_line(three, tmp_path, capsys):
    prefix = tmp_path / "train"
    assert main(["tm", "export", str(three), "--format", "moses", "-o", str(prefix)]) == 0
    assert "left out: 2 TUs that lack one of the languages" in capsys.readouterr().out
    lines = {lang: (tmp_path / f"train.{lang}").read_text(encoding="utf-8").splitlines() for lang in ("en", "fr", "es")}
    assert lines == {"en": ["South-South cooperation", "Member States"],
                     "fr": ["Coopération Sud-Sud", "États Membres"], "es": ["Cooperación Sur-Sur", "Estados Miembros"]}
    assert main(["tm", "export", str(three), "--format", "moses", "--tgt-lang", "fr", "-o", str(tmp_path / "p")]) == 0
    assert (tmp_path / "p.fr").read_text(encoding="utf-8").splitlines() == [
        "Coopération Sud-Sud", "États Membres", "pays en développement"]
    assert not (tmp_path / "p.es").exists()


def test_xliff_has_a_file_per_target_language(three, tmp_path):
    assert main(["tm", "export", str(three), "-o", str(tmp_path / "x.xlf")]) == 0
    root = etree.parse(str(tmp_path / "x.xlf")).getroot()
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    files = {f.get("target-language"): [t.text for t in f.iterfind(".//x:target", ns)]
             for f in root.iterfind("x:file", ns)}
    assert files == {"fr": ["Coopération Sud-Sud", "États Membres", "pays en développement"],
                     "es": ["Cooperación Sur-Sur", "Estados Miembros", "creación de capacidad"]}


def test_stats_and_merge_compare_every_language(three, tmp_path, capsys):
    other = tmp_path / "other.tmx"
    with other.open("wb") as stream:  # TU 1 again, but its Spanish differs: not a duplicate
        write_tmx(stream, TmxHeader("en", "sentence", "20250101T000000Z", "1"), [
            UNITS[0], _tu("1b", ("en", "South-South cooperation"), ("fr", "Coopération Sud-Sud"),
                          ("es", "Cooperación Sur–Sur"))])
    assert main(["tm", "merge", str(three), str(other), "-o", str(tmp_path / "all.tmx")]) == 0
    said = capsys.readouterr().out
    assert "wrote" in said and "5 TUs from 2 files; 1 exact duplicate removed; 1 conflicting source" in said
    assert "es: Cooperación Sur–Sur; fr: Coopération Sud-Sud" in said
    assert main(["tm", "stats", str(tmp_path / "all.tmx")]) == 0
    said = capsys.readouterr().out
    assert "languages: en 5, es 4, fr 4" in said and "duplicates: 0" in said


def test_a_pair_is_read_only_when_named(three, tmp_path, capsys):
    assert main(["tm", "index", str(three)]) == 2
    assert "three.tmx:6: this TU holds fr, es beside en, and no target language is given; say which to read " \
           "(--tgt-lang)" in capsys.readouterr().err
    assert main(["tm", "index", str(three), "--tgt-lang", "de"]) == 2
    assert "no TU holds a 'de' variant (its languages: en, es, fr); give a language the TM holds" in \
        capsys.readouterr().err


def test_analyze_reads_the_tm_from_the_documents_language(tmp_path, capsys):
    french = SOURCES / "A_RES_57_263.fr.txt"
    assert main(["align", str(french), str(SOURCES / "A_RES_57_263.en.txt"), "--out", str(tmp_path)]) == 0
    tm = tmp_path / "A_RES_57_263.fr-en.tmx"
    capsys.readouterr()
    # the English document against the French-English TM: its sources are the English variants
    assert main(["tm", "analyze", str(SOURCES / "A_RES_57_263.en.txt"), "--tm", str(tm)]) == 0
    table = capsys.readouterr().out
    assert "A/RES/57/263 (en) against a TM of 25 TUs" in table and "\n100%              25" in table
    spanish = tmp_path / "A_RES_57_263.es.txt"
    spanish.write_text("A/RES/57/263\n\nLa Asamblea General,\n\n1. Toma nota del informe.\n", encoding="utf-8")
    assert main(["tm", "analyze", str(spanish), "--tm", str(tm)]) == 2
    assert "no TU holds a 'es' variant (its languages: en, fr)" in capsys.readouterr().err


def test_words_are_counted_as_cat_tools_count_them():
    assert cat_words("南南合作") == 4
    assert cat_words("回顾其2003年6月23日第57/270 B号") == 8 + 5  # eight characters; 2003, 6, 23, 57/270, B
    assert cat_words("Recalling its resolution 57/270 B — of 2003,") == 7  # the dash alone is no word
    assert cat_words("Rappelant sa résolution 57/270 B du 23 juin 2003 :") == 9


def test_merging_memories_of_different_pairs_keeps_both(tmp_path, capsys):
    """An English-French TM and an English-Spanish one: "UNESCO" rendered "UNESCO" in each is two TUs, not a
    duplicate, and "Article 1" rendered in French and in Spanish is no conflict."""
    for name, language, article in (("fr.tmx", "fr", "Article premier"), ("es.tmx", "es", "Artículo 1")):
        with (tmp_path / name).open("wb") as stream:
            write_tmx(stream, TmxHeader("en", "sentence", "20250101T000000Z", "1"), [
                _tu(f"{language}1", ("en", "UNESCO"), (language, "UNESCO")),
                _tu(f"{language}2", ("en", "Article 1"), (language, article))])
    assert main(["tm", "merge", str(tmp_path / "fr.tmx"), str(tmp_path / "es.tmx"), "-o", str(tmp_path / "m.tmx")]) == 0
    assert "4 TUs from 2 files; 0 exact duplicates removed; 0 conflicting sources" in capsys.readouterr().out
