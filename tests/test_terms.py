"""The terminology report on A/RES/57/263, on a copy with planted deviations, and over a TMX."""

from __future__ import annotations

import csv
import io

import pytest

from align.aligner import align_documents
from align.glossary import read_glossary
from align.reading.text import parse_text
from align.srx import default_rules
from align.terms import UnitTermStatus, terms_of_alignment
from align.terms_tmx import terms_of_tmx
from align.model import LanguagePair, TmxHeader, TmxUnit, Variant
from tmx.errors import TmxFileError
from tmx.ranges import split
from tmx.reader import TmxReader, read_info
from tmx.writer import write_tmx

from .conftest import DATA, EN, SOURCES

SOUTH_SOUTH = {"PP1": 1, "PP2": 2, "PP3": 1, "OP1": 1, "OP2": 2, "OP3": 1, "OP5": 1, "OP6": 4, "OP7": 1, "OP9": 2, "OP10": 2}


@pytest.fixture(scope="module")
def glossary():
    return read_glossary(SOURCES / "glossary.tbx", "fr", "en")


@pytest.fixture(scope="module")
def report(fr_doc, en_doc, glossary):
    return terms_of_alignment(align_documents(fr_doc, en_doc, default_rules()), glossary).as_json()


def term(report, source):
    return next(t for t in report["terms"] if t["source"] == source)


def test_triangular_cooperation_in_op2_op3_op6_op7_consistent(report):
    entry = term(report, "coopération triangulaire")
    assert [u["unit"] for u in entry["units"]] == ["OP2", "OP3", "OP6", "OP7"]
    assert {u["status"] for u in entry["units"]} == {"consistent"}
    assert entry["summary"] == {"units": 4, "consistent": 4, "deviations": 0, "missing_target": 0, "missing_source": 0, "forbidden": 0}
    assert entry["units"][0]["renderings"] == ["triangular cooperation"]


def test_the_elliptical_english_counts_for_south_south_cooperation(report):
    op3 = next(u for u in term(report, "coopération Sud-Sud")["units"] if u["unit"] == "OP3")
    assert op3["renderings"] == ["South-South and triangular cooperation"] and op3["status"] == "consistent"


def test_south_south_cooperation_in_every_unit_with_every_french_count(report):
    entry = term(report, "coopération Sud-Sud")
    assert {u["unit"]: u["source_count"] for u in entry["units"]} == SOUTH_SOUTH
    assert {u["unit"]: u["target_count"] for u in entry["units"]} == SOUTH_SOUTH
    assert {u["status"] for u in entry["units"]} == {"consistent"}


def test_every_glossary_entry_that_occurs_is_reported_without_deviation(report, glossary):
    assert {t["id"] for t in report["terms"]} == {e.id for e in glossary.entries}
    assert report["summary"] == {"terms_found": 23, "deviations": 0}
    assert report["glossary"]["sha256"] == glossary.sha256


def test_planted_deviations_are_reported_in_their_units(fr_doc, glossary):
    text = EN.read_text(encoding="utf-8")
    text = text.replace("South-South cooperation and triangular cooperation", "South-South cooperation and trilateral cooperation")
    text = text.replace("mainstream effectively the use of \nSouth-South cooperation", "mainstream effectively the use of \nSouth-South co-operation")
    text = text.replace("facilitate South-South cooperation;2", "facilitate the cooperation;2")
    en = parse_text(text, language="en", path="planted.en.txt")
    report = terms_of_alignment(align_documents(fr_doc, en, default_rules()), glossary)
    data = report.as_json()
    triangular = {u["unit"]: u for u in term(data, "coopération triangulaire")["units"]}
    assert triangular["OP7"]["status"] == "missing_target"
    assert "trilateral cooperation" in triangular["OP7"]["target_context"]
    south = {u["unit"]: u for u in term(data, "coopération Sud-Sud")["units"]}
    assert south["OP9"]["status"] == "forbidden" and "South-South co-operation" in south["OP9"]["renderings"]
    assert south["OP1"]["status"] == "missing_target"
    deviating = {(t["source"], u["unit"]) for t in data["terms"] for u in t["units"] if u["status"] != "consistent"}
    assert deviating == {("coopération triangulaire", "OP7"), ("coopération Sud-Sud", "OP9"), ("coopération Sud-Sud", "OP1")}
    assert report.deviations == 3
    assert "    OP7: missing_target; target has: " in report.as_text()
    row = next(row for row in report.terms if row.entry.name == "coopération Sud-Sud")
    assert {u.unit: u.status for u in row.units if u.status.deviation} == {
        "OP9": UnitTermStatus.FORBIDDEN, "OP1": UnitTermStatus.MISSING_TARGET}
    assert row.count(UnitTermStatus.FORBIDDEN) == 1 and row.deviations == 2
    assert row.total == row.consistent + row.deviations == len(row.units)


def test_csv_has_a_row_per_term_and_unit(report, fr_doc, en_doc, glossary):
    terms = terms_of_alignment(align_documents(fr_doc, en_doc, default_rules()), glossary)
    rows = list(csv.DictReader(io.StringIO(terms.as_csv())))
    assert len(rows) == sum(len(t["units"]) for t in report["terms"])
    assert {"source_term": "coopération triangulaire", "target_term": "triangular cooperation", "unit": "OP7",
            "source_count": "1", "target_count": "1", "status": "consistent", "renderings": "triangular cooperation"} in rows


def test_over_a_tmx_with_inconsistencies(glossary):
    report = terms_of_tmx(DATA / "tmx" / "translate-toolkit.tmx", glossary, LanguagePair("fr", "en"))
    data = report.as_json()
    south = term(data, "coopération Sud-Sud")
    assert south["summary"]["consistent"] == 1 and south["summary"]["forbidden"] == 1
    assert [(u["status"], u["renderings"]) for u in south["units"]] == [("forbidden", ["South–South co-operation"])]
    same_source = data["inconsistencies"]["same_source_different_targets"]
    assert [(i["text"], [c["text"] for c in i["counterparts"]]) for i in same_source] == [
        ("Coopération Sud-Sud", ["South-South cooperation", "South–South co-operation"])
    ]
    assert data["inconsistencies"]["same_target_different_sources"] == []


def test_over_a_tmx_any_number_of_workers_gives_the_same_report(glossary, untm_tmx, tmp_path, monkeypatch):
    """Thirty copies of A/RES/57/263 (750 TUs), every seventh with a deviation: read whole, and cut in ranges
    of 20 kB (about 25 TUs) read by one process or by two."""
    pairs = list(TmxReader(untm_tmx).pairs("fr", "en"))
    units = []
    for copy in range(30):
        for number, pair in enumerate(pairs):
            target = pair.target.text
            if (copy * len(pairs) + number) % 7 == 0:
                target = target.replace("South-South cooperation", "South–South co-operation")
            units.append(TmxUnit(f"{copy}:{pair.unit.tuid}", (Variant("fr", pair.source.text), Variant("en", target)),
                                 pair.unit.props))
    tmx = tmp_path / "copies.tmx"
    with tmx.open("wb") as stream:
        write_tmx(stream, TmxHeader(srclang="fr", segtype="sentence", creationdate="20021220T000000Z", creationtoolversion="0"), units)
    whole = terms_of_tmx(tmx, glossary, LanguagePair("fr", "en")).as_json()
    monkeypatch.setattr("tmx.ranges.RANGE_BYTES", 20_000)
    one = terms_of_tmx(tmx, glossary, LanguagePair("fr", "en")).as_json()
    two = terms_of_tmx(tmx, glossary, LanguagePair("fr", "en"), workers=2).as_json()
    assert whole == one == two and one["segments"] == 750
    assert term(one, "coopération Sud-Sud")["summary"]["forbidden"] > 0
    same_source = one["inconsistencies"]["same_source_different_targets"]
    assert same_source and all(len(i["counterparts"]) == 2 for i in same_source)
    # a "</tu>" in a comment cuts a TU in two: the file is read again whole, the report the same
    broken = tmp_path / "comment.tmx"
    broken.write_text(tmx.read_text().replace('<tuv xml:lang="en">', '<!-- </tu> --><tuv xml:lang="en">'))
    monkeypatch.setattr("tmx.ranges.RANGE_BYTES", 1)  # a cut after every "</tu>": the first in a comment
    with pytest.raises(TmxFileError, match="not well-formed"):  # the ranges alone do not parse
        for part in split(broken):
            list(TmxReader(broken, part=(part, read_info(broken))))
    assert terms_of_tmx(broken, glossary, LanguagePair("fr", "en"), workers=2).as_json()["terms"] == one["terms"]


def test_units_listed_are_capped_but_counted(fr_doc, en_doc, glossary):
    report = terms_of_alignment(align_documents(fr_doc, en_doc, default_rules()), glossary, limit=2).as_json()
    entry = term(report, "coopération Sud-Sud")
    assert entry["units_listed"] == 2 and entry["summary"]["units"] == 11


@pytest.mark.parametrize("change", [
    ('<tmx version="1.4">', '<tmx version="1.4"><!-- a <body> of text -->'),  # <body> in a comment before it
    ("<seg>Coopération", "<seg>Coop&eacute;ration"),  # an entity a range cannot know (the DOCTYPE's)
    ("<body>", '<body xmlns:x="urn:x">'),  # a prefix <body> declares
])
def test_over_a_tmx_whose_ranges_do_not_parse_alone_the_whole_file_is_read(glossary, untm_tmx, tmp_path, monkeypatch,
                                                                           change):
    text = untm_tmx.read_text()
    assert change[0] in text
    path = tmp_path / "valid.tmx"
    path.write_text(text.replace(change[0], change[1], 1).replace("<tu ", '<tu x:a="1" ', 1) if "xmlns:x" in change[1]
                    else text.replace(change[0], change[1], 1))
    expected = terms_of_tmx(path, glossary, LanguagePair("fr", "en")).as_json()  # one range: read whole
    monkeypatch.setattr("tmx.ranges.RANGE_BYTES", 3000)
    assert len(split(path)) > 1
    for workers in (1, 2):
        assert terms_of_tmx(path, glossary, LanguagePair("fr", "en"), workers=workers).as_json() == expected


def test_over_a_tmx_a_language_no_tu_holds_is_said_once_read(glossary, untm_tmx, monkeypatch):
    monkeypatch.setattr("tmx.ranges.RANGE_BYTES", 3000)
    with pytest.raises(TmxFileError, match="no TU holds a 'de' variant"):
        terms_of_tmx(untm_tmx, glossary, LanguagePair("fr", "de"), workers=2)


def test_a_term_inside_a_longer_term_of_another_entry_answers_to_nothing(tmp_path):
    # "developed countries" in "least developed countries", whose French, "pays les moins avancés", holds no "pays
    # développés": no deviation either way; written out on its own, it is still counted and still missed
    from align.terms import _Tally

    path = tmp_path / "g.csv"
    path.write_text("fr,en\npays développés,developed countries\npays les moins avancés,least developed countries\n",
                    encoding="utf-8")
    glossary = read_glossary(path, "fr", "en")
    tally = _Tally(glossary, 10)
    tally.observe("OP1", "Aide aux pays les moins avancés", "Aid to the least developed countries")
    tally.observe("OP2", "Les pays développés et les pays les moins avancés", "The rich countries and the poorest")
    rows = {row.entry.name: [(u.unit, u.status) for u in row.units] for row in tally.report("fr", "en", "t").terms}
    assert rows["pays les moins avancés"] == [("OP1", UnitTermStatus.CONSISTENT), ("OP2", UnitTermStatus.MISSING_TARGET)]
    assert rows["pays développés"] == [("OP2", UnitTermStatus.MISSING_TARGET)]
    back = _Tally(read_glossary(path, "en", "fr"), 10)  # the other way
    back.observe("OP1", "Aid to the least developed countries", "Aide aux pays les moins avancés")
    assert {row.entry.name: [u.status for u in row.units] for row in back.report("en", "fr", "t").terms} == {
        "least developed countries": [UnitTermStatus.CONSISTENT]}
