"""TMX 1.4b output: valid by the DTD, the XSD OmegaT enforces, and untm's own check."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from translate.storage.tmx import tmxfile

from tmx.check import check_tmx
from tmx.errors import ForbiddenCharacterError
from tmx.units import TmxHeader, TmxUnit, Variant
from tmx.writer import XML_LANG, write_tmx

HEADER = TmxHeader(srclang="fr", segtype="sentence", creationdate="20021220T000000Z", creationtoolversion="1.0")


def render(units, header=HEADER) -> bytes:
    stream = io.BytesIO()
    write_tmx(stream, header, units)
    return stream.getvalue()


@pytest.fixture(scope="module")
def validators(spec_dir):
    dtd = etree.DTD(str(spec_dir / "tmx14.dtd"))
    xsd = etree.XMLSchema(etree.parse(str(spec_dir / "tmx14.xsd")))
    return dtd, xsd


def assert_valid(data: bytes, validators, tmp_path) -> None:
    dtd, xsd = validators
    tree = etree.parse(io.BytesIO(data))
    assert dtd.validate(tree), dtd.error_log
    assert xsd.validate(tree), xsd.error_log
    path = tmp_path / "check.tmx"
    path.write_bytes(data)
    assert check_tmx(path) == []


UNITS = [
    TmxUnit("A/RES/57/263:OP8:1", (Variant("fr", "3,5 millions de dollars ; « A/57/444 » & <b>"), Variant("en", "3.5 million dollars"))),
    TmxUnit("A/RES/57/263:FN5:1", (Variant("fr", "Ibid. par. 43."), Variant("en", "Ibid., para. 43.")), (("x-unit", "FN5"),)),
]


def test_header_has_every_required_attribute():
    root = etree.fromstring(render(UNITS))
    header = root.find("header")
    assert dict(header.attrib) == {
        "creationtool": "untm", "creationtoolversion": "1.0", "segtype": "sentence", "o-tmf": "untm",
        "adminlang": "en", "srclang": "fr", "datatype": "plaintext", "creationdate": "20021220T000000Z",
    }
    assert [tuv.get(XML_LANG) for tuv in root.iter("tuv")] == ["fr", "en", "fr", "en"]


def test_output_is_valid(validators, tmp_path):
    assert_valid(render(UNITS), validators, tmp_path)


def test_translate_toolkit_reads_every_unit_back():
    store = tmxfile(io.BytesIO(render(UNITS)))
    assert [(u.source, u.target) for u in store.units] == [
        ("3,5 millions de dollars ; « A/57/444 » & <b>", "3.5 million dollars"),
        ("Ibid. par. 43.", "Ibid., para. 43."),
    ]


def test_same_input_same_bytes():
    assert render(UNITS) == render(UNITS)


def _xml_char(code: int) -> bool:
    """XML 1.0's Char production, as the standard writes it."""
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def test_the_forbidden_characters_are_exactly_those_xml_leaves_out():
    from tmx.writer import _FORBIDDEN
    every = "".join(map(chr, range(0x110000)))
    assert _FORBIDDEN.findall(every) == [c for c in every if not _xml_char(ord(c))]


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\ufffe", "\ud800"])
def test_characters_xml_forbids_are_reported(char):
    unit = TmxUnit("A:OP1:1", (Variant("fr", f"avant{char}après"), Variant("en", "before after")))
    with pytest.raises(ForbiddenCharacterError) as caught:
        render([unit])
    assert caught.value.offset == 5
    assert "TU A:OP1:1 (fr)" in str(caught.value)


_PAIR = (Variant("fr", "avant"), Variant("en", "before"))


@pytest.mark.parametrize("unit, where", [
    (TmxUnit("A:OP1:\x00", _PAIR), "TU id 'A:OP1:\\x00'"),
    (TmxUnit("A:OP1:1", _PAIR, notes=("ok", "n\x07")), "TU A:OP1:1, note"),
    (TmxUnit("A:OP1:1", _PAIR, (("x-unit", "OP1"), ("x-reason", "\x0b"))), "TU A:OP1:1, prop x-reason"),
    (TmxUnit("A:OP1:1", (_PAIR[0], Variant("en", "x", markup="<ph>\x00</ph>"))), "TU A:OP1:1 (en)"),
])
def test_the_error_names_the_text_that_holds_the_character(unit, where):
    with pytest.raises(ForbiddenCharacterError) as caught:
        render([unit])
    assert where in str(caught.value)


TEXT = st.text(st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=TEXT, target=TEXT, tuid=st.text(min_size=1, max_size=20), prop=TEXT)
def test_any_text_gives_a_valid_file_or_a_clear_error(validators, tmp_path, source, target, tuid, prop):
    unit = TmxUnit(tuid, (Variant("fr", source), Variant("en", target)), (("x-note", prop),))
    try:
        data = render([unit])
    except ForbiddenCharacterError as error:
        assert error.char in source + target + tuid + prop
        return
    assert_valid(data, validators, tmp_path)
    tree = etree.fromstring(data)
    assert [seg.text or "" for seg in tree.iter("seg")] == [source, target]


def test_a_tu_is_laid_out_one_element_a_line_and_its_segments_left_alone():
    units = [
        TmxUnit("1", (Variant("fr", "a & b"), Variant("en", "x", markup='<bpt i="1">{</bpt>x<ept i="1">}</ept>')),
                (("x-unit", "OP1"),), notes=("n",), srclang="fr"),
        TmxUnit("2", (Variant("fr", "c"), Variant("en", "<d>")), (("x-unit", "OP2"),), notes=("m",), srclang="fr"),
    ]
    body = render(units).split(b"<body>\n", 1)[1].split(b"</body>", 1)[0]
    assert body.decode() == (
        ' <tu tuid="1" srclang="fr">\n  <note>n</note>\n  <prop type="x-unit">OP1</prop>\n'
        '  <tuv xml:lang="fr">\n   <seg>a &amp; b</seg>\n  </tuv>\n'
        '  <tuv xml:lang="en">\n   <seg><bpt i="1">{</bpt>x<ept i="1">}</ept></seg>\n  </tuv>\n </tu>\n'
        ' <tu tuid="2" srclang="fr">\n  <note>m</note>\n  <prop type="x-unit">OP2</prop>\n'
        '  <tuv xml:lang="fr">\n   <seg>c</seg>\n  </tuv>\n'
        '  <tuv xml:lang="en">\n   <seg>&lt;d&gt;</seg>\n  </tuv>\n </tu>\n'
    )
