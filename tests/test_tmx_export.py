from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from translate.storage.xliff import xlifffile

from tmx.export import export_moses, export_tsv, export_xliff
from tmx.reader import TmxReader
from tmx.units import LanguagePair, TmxHeader, TmxUnit, Variant
from tmx.writer import write_tmx

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


XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# No XLIFF 1.2 XSD is installed (translate-toolkit ships none): the structure the
# strict schema asks for is checked here with lxml, and translate-toolkit reads it back.
FORBIDDEN = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"


def _xliff(path, languages: LanguagePair | None = None, **options) -> tuple[int, bytes]:
    stream = io.BytesIO()
    count = export_xliff(path, stream, languages or LanguagePair(), **options)
    return count, stream.getvalue()


def _tmx(path, units, srclang="fr") -> None:
    header = TmxHeader(srclang=srclang, segtype="sentence", creationdate="20240101T000000Z", creationtoolversion="test")
    with path.open("wb") as stream:
        write_tmx(stream, header, units)


def _tu(tuid, source, target, lang="en", props=(), notes=()) -> TmxUnit:
    return TmxUnit(tuid=tuid, variants=(Variant("fr", source), Variant(lang, target)), props=props, notes=notes)


def _check_xliff_1_2(root) -> None:
    """What xliff-core-1.2-strict.xsd asks of what untm writes."""
    assert root.tag == XLIFF + "xliff" and root.get("version") == "1.2"
    assert root.nsmap[None] == "urn:oasis:names:tc:xliff:document:1.2"
    files = root.findall(XLIFF + "file")
    assert files and len(files) == len(root)
    for file in files:
        assert file.get("original") and file.get("datatype") == "plaintext"
        assert re.fullmatch(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*", file.get("source-language"))
        assert [c.tag for c in file] == [XLIFF + "header", XLIFF + "body"]
        assert file.find(f"{XLIFF}header/{XLIFF}tool").get("tool-id") == file.get("tool-id")
        units = file.findall(f"{XLIFF}body/{XLIFF}trans-unit")
        assert len({u.get("id") for u in units}) == len(units)
        for unit in units:
            tags = [c.tag for c in unit]
            assert tags[:2] == [XLIFF + "source", XLIFF + "target"]
            assert set(tags[2:]) <= {XLIFF + "context-group", XLIFF + "note"}
            assert unit.get("approved") is None and unit[1].get("state") == "needs-review-translation"
            for group in unit.iter(XLIFF + "context-group"):
                assert group.get("name") is None and group.get("purpose") == "information" and len(group)
                assert all(re.fullmatch(r"x-\S+", c.get("context-type")) for c in group)


def test_xliff_is_version_1_2_with_the_tmx_as_original(untm_tmx):
    count, data = _xliff(untm_tmx)
    root = etree.fromstring(data)
    _check_xliff_1_2(root)
    assert count == 25 and data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    (file,) = root
    assert file.get("original") == untm_tmx.name == "A_RES_57_263.fr-en.tmx"
    assert (file.get("source-language"), file.get("target-language")) == ("fr", "en")


def test_xliff_targets_need_review_and_nothing_is_approved(untm_tmx):
    root = etree.fromstring(_xliff(untm_tmx)[1])
    targets = root.findall(f".//{XLIFF}target")
    assert len(targets) == 25 and {t.get("state") for t in targets} == {"needs-review-translation"}
    assert b"approved" not in etree.tostring(root)
    store = xlifffile.parsestring(etree.tostring(root))
    assert not any(unit.isapproved() for unit in store.units)


def test_xliff_reads_back_in_translate_toolkit_with_the_same_pairs(untm_tmx):
    store = xlifffile.parsestring(_xliff(untm_tmx)[1])
    pairs = list(TmxReader(untm_tmx).pairs())
    assert [(u.source, u.target) for u in store.units] == [(p.source.text, p.target.text) for p in pairs]
    assert store.units[1].source == "L’Assemblée générale," and store.units[1].target == "The General Assembly,"
    assert [u.xmlelement.get("id") for u in store.units] == [p.unit.tuid for p in pairs]
    assert store.getsourcelanguage() == "fr" and store.gettargetlanguage() == "en"
    (context,) = store.units[1].getcontextgroupsbyattribute("purpose", "information")
    assert ("x-unit", "intro") in context and ("x-document", "A/RES/57/263") in context


def test_xliff_original_can_be_given(untm_tmx):
    root = etree.fromstring(_xliff(untm_tmx, original="memory.tmx")[1])
    assert root[0].get("original") == "memory.tmx"


def test_xliff_has_one_file_per_target_language_and_unique_ids(tmp_path):
    path = tmp_path / "multi.tmx"
    _tmx(path, [
        _tu("dup", "un", "one"),
        _tu("2", "deux", "two", props=(("Txt::Domain", "UN GA"), ("x-confidence", "0.9"))),
        _tu(None, "trois", "tres", lang="es", notes=("checked",)),
        _tu("dup", "quatre", "four"),
        _tu(None, "cinq", "five"),
        _tu("es-1", "six", "seis", lang="es"),
    ])
    count, data = _xliff(path)
    root = etree.fromstring(data)
    _check_xliff_1_2(root)
    assert count == 6
    assert [(f.get("source-language"), f.get("target-language"), f.get("original")) for f in root] == [
        ("fr", "en", "multi.tmx"), ("fr", "es", "multi.tmx"),
    ]
    ids = [[u.get("id") for u in f.iter(XLIFF + "trans-unit")] for f in root]
    assert ids == [["1", "2", "3", "4"], ["1", "es-1"]]  # the duplicated tuid and "2" (a tuid) are not reused
    english = root[0].findall(f"{XLIFF}body/{XLIFF}trans-unit")
    assert [c.get("context-type") for c in english[1].iter(XLIFF + "context")] == ["x-Txt::Domain", "x-confidence"]
    assert root[1].find(f".//{XLIFF}note").text == "checked"
    store = xlifffile.parsestring(data)
    assert [(u.source, u.target) for u in store.units] == [
        ("un", "one"), ("deux", "two"), ("quatre", "four"), ("cinq", "five"), ("trois", "tres"), ("six", "seis"),
    ]


def test_xliff_of_a_tm_without_pairs_is_still_xliff_1_2(tmp_path):
    path = tmp_path / "empty.tmx"
    _tmx(path, [], srclang="fr-CA")
    count, data = _xliff(path, LanguagePair(target="en"))
    root = etree.fromstring(data)
    _check_xliff_1_2(root)
    assert count == 0 and len(root) == 1 and len(root[0].find(XLIFF + "body")) == 0
    assert (root[0].get("source-language"), root[0].get("target-language")) == ("fr-CA", "en")


XML_TEXT = st.text(  # any text XML 1.0 can carry: no C0 control but tab and line ends, no U+FFFE/U+FFFF
    st.one_of(
        st.sampled_from("<>&\"' \t\n\r]]>\U0001f600\U00020000"),
        st.characters(codec="utf-8", exclude_characters=FORBIDDEN),
    ),
)


@settings(max_examples=150, deadline=None)
@given(source=XML_TEXT, target=XML_TEXT, prop=XML_TEXT)
def test_xliff_round_trips_any_text(source, target, prop):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.tmx"
        _tmx(path, [_tu("t", source, target, props=(("x-note", prop),))])
        data = _xliff(path)[1]
    _check_xliff_1_2(etree.fromstring(data))
    (unit,) = xlifffile.parsestring(data).units
    assert (unit.source, unit.target) == (source, target)
    assert unit.getcontextgroupsbyattribute("purpose", "information") == [[("x-note", prop)]]


def test_moses_files_are_line_aligned():
    source, target = io.BytesIO(), io.BytesIO()
    count = export_moses(TMX / "inline-multilingual.tmx", {"fr": source, "en": target}, LanguagePair("fr", "en"))
    assert count == (1, 0)
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
    export_moses(path, {"fr": source, "en": target}, LanguagePair())
    assert source.getvalue() == b"a b\n" and target.getvalue() == b"c\n"
