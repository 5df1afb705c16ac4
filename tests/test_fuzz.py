"""Random and mutated real input never raises anything but untm's own errors, and every TMX written is valid.

The number of examples per test is ``UNTM_FUZZ_EXAMPLES`` (default 60); the
README reports a long run.
"""

from __future__ import annotations

import io
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from align.aligner import align_documents
from align.errors import USER_ERRORS
from align.memory import sentence_units
from align.model import TmxHeader
from align.reading.text import parse_text
from align.segment import segment_document
from align.srx import default_rules
from tmx.check import check_tmx
from tmx.reader import TmxReader
from tmx.writer import write_tmx

from .conftest import EN, FR

EXAMPLES = int(os.environ.get("UNTM_FUZZ_EXAMPLES", "60"))
FRENCH = FR.read_text(encoding="utf-8")
ENGLISH = EN.read_text(encoding="utf-8")
NOISE = st.lists(
    st.sampled_from(list("0123456789 \n\f\t.;,:-_()/«»’'éÉ\x00\x07\u00a0\u202f\ud7ff\ufffd")
                    + ["_______________", " 1. ", "A/RES/57/263", "\n\n", "(a) ", "78e séance plénière"]),
    max_size=12,
).map("".join)


@st.composite
def mutated(draw, text: str) -> str:
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(text)))
        end = min(len(text), start + draw(st.integers(0, 400)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "replace"]))
        if action == "delete":
            text = text[:start] + text[end:]
        elif action == "insert":
            text = text[:start] + draw(NOISE) + text[start:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + draw(NOISE) + text[end:]
    return text


FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(french=mutated(FRENCH))
def test_parse_segment_align_write_on_mutated_resolutions(french):
    try:
        source = parse_text(french, language="fr", path="fuzz.fr.txt")
        alignment = align_documents(source, parse_text(ENGLISH, language="en"), default_rules())
    except USER_ERRORS:
        return
    for unit in segment_document(source, default_rules()):
        assert all(s.text == unit.unit.text[s.start:s.end] for s in unit.sentences)
    stream = io.BytesIO()
    header = TmxHeader(srclang="fr", segtype="sentence", creationdate="20021220T000000Z", creationtoolversion="fuzz")
    try:
        write_tmx(stream, header, sentence_units(alignment, "fr", "en"))
    except USER_ERRORS:
        return
    etree.fromstring(stream.getvalue())  # well-formed


@FUZZ
@given(text=st.text(max_size=300), language=st.sampled_from(["en", "fr", "es", "ru", "ar", "zh"]))
def test_parse_random_text(text, language):
    try:
        parse_text(text, language=language, path="random.txt", symbol="A/1")
    except USER_ERRORS:
        pass


TMX_SAMPLE = (FR.parent.parent / "tests" / "data" / "tmx" / "inline-multilingual.tmx").read_bytes()


@FUZZ
@given(data=st.data())
def test_tmx_reader_on_mutated_files(tmp_path_factory, data):
    raw = bytearray(TMX_SAMPLE)
    for _ in range(data.draw(st.integers(1, 5))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position:position + data.draw(st.integers(0, 8))] = data.draw(st.binary(max_size=8))
    path = tmp_path_factory.mktemp("fuzz") / "mutated.tmx"
    path.write_bytes(bytes(raw))
    try:
        for pair in TmxReader(path).pairs("fr", "en"):
            assert isinstance(pair.source.text, str)
        check_tmx(path)
    except USER_ERRORS:
        pass


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=st.sampled_from(["A_RES_79_131.en.xml", "A_RES_48_246.en.pdf", "word/N1731586.DOC"]),
       edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255), st.sampled_from(["set", "cut", "copy"])),
                      min_size=1, max_size=8))
def test_damaged_documents_of_every_form_give_only_untm_s_errors(form, edits):
    """Bytes of a UN XML, PDF or Word file changed, cut short or repeated: a Document or bad input, never a crash."""
    from align.reading import read_data

    from .conftest import shared

    data = bytearray(shared("corpus", "un-docs", *form.split("/")).read_bytes())
    for where, value, what in edits:
        at = int(where * (len(data) - 1))
        if what == "set":
            data[at] = value
        elif what == "cut":
            del data[at:]
        else:
            data[at:at] = data[at:at + value * 4]
        if not data:
            data = bytearray(b" ")
    try:
        read_data(bytes(data), "damaged.en.x")
    except USER_ERRORS:
        pass
