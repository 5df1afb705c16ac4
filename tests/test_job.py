"""The main job end to end: A/RES/57/263 in, valid TMX and alignment JSON out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import etree
from translate.storage.tmx import tmxfile

from align.errors import InputError, MismatchError, UntmError
from align.job import AlignJob, run_align
from align.memory import Doubt
from tmx.check import check_tmx

from .conftest import EN, FR, UNIT_IDS, golden

DATE = "20021220T000000Z"
NAMES = [
    "A_RES_57_263.fr-en.alignment.json", "A_RES_57_263.fr-en.html", "A_RES_57_263.fr-en.paragraphs.tmx",
    "A_RES_57_263.fr-en.qa.json", "A_RES_57_263.fr-en.tmx", "A_RES_57_263.fr-en.review.tmx",
    "A_RES_57_263.fr-en.paragraphs.review.tmx",
]
ALIGNMENT_JSON, PARAGRAPH_TMX, SENTENCE_TMX = NAMES[0], NAMES[2], NAMES[4]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("out")
    run_align(AlignJob(FR, EN, directory, DATE))
    return directory


def test_the_files_are_written_with_the_terms_report_from_the_glossary_beside_the_source(out):
    assert sorted(p.name for p in out.iterdir()) == sorted(NAMES + ["A_RES_57_263.fr-en.terms.json"])
    terms = json.loads((out / "A_RES_57_263.fr-en.terms.json").read_text(encoding="utf-8"))
    assert terms["glossary"]["path"].endswith("sources/glossary.tbx") and terms["summary"]["deviations"] == 0


def test_paragraph_tmx_holds_the_25_golden_pairs(out):
    store = tmxfile((out / PARAGRAPH_TMX).open("rb"))
    fr = {u["id"]: u["text"] for u in golden("fr")["units"]}
    en = {u["id"]: u["text"] for u in golden("en")["units"]}
    assert [(u.source, u.target) for u in store.units] == [(fr[i], en[i]) for i in UNIT_IDS]
    header = etree.parse(str(out / PARAGRAPH_TMX)).find("header")
    assert header.get("segtype") == "paragraph"


def test_sentence_tmx_is_sentence_level_and_reads_back(out):
    tree = etree.parse(str(out / SENTENCE_TMX))
    assert tree.find("header").get("segtype") == "sentence"
    props = [{p.get("type"): p.text for p in tu.iter("prop")} for tu in tree.iter("tu")]
    assert {p["x-unit"] for p in props} == set(UNIT_IDS)
    assert all(p["x-document"] == "A/RES/57/263" and 0 < float(p["x-confidence"]) <= 1 for p in props)
    assert len(tmxfile((out / SENTENCE_TMX).open("rb")).units) == len(props)


def test_every_tmx_validates(out, spec_dir):
    dtd = etree.DTD(str(spec_dir / "tmx14.dtd"))
    xsd = etree.XMLSchema(etree.parse(str(spec_dir / "tmx14.xsd")))
    for name in [n for n in NAMES if n.endswith(".tmx")]:
        tree = etree.parse(str(out / name))
        assert dtd.validate(tree), dtd.error_log
        assert xsd.validate(tree), xsd.error_log
        assert check_tmx(out / name) == []


def test_alignment_json_has_every_unit_and_link(out):
    data = json.loads((out / ALIGNMENT_JSON).read_text(encoding="utf-8"))
    assert data["document"] == "A/RES/57/263"
    assert [u["unit"] for u in data["units"]] == UNIT_IDS
    op7 = data["units"][UNIT_IDS.index("OP7")]
    assert op7["status"] == "paired" and op7["reason"] == "id"
    assert [c["footnote"] for c in op7["source"]["calls"]] == [4, 5]
    [link] = op7["links"]
    assert (link["source"], link["target"], link["reason"]) == ([0], [0], "id")
    assert 0.5 <= link["confidence"] <= 1
    assert data["summary"]["paired_units"] == 25 and data["summary"]["unpaired_units"] == []


def test_qa_of_the_pair_is_written_and_clean(out):
    qa = json.loads((out / "A_RES_57_263.fr-en.qa.json").read_text(encoding="utf-8"))
    assert qa["document"] == "A/RES/57/263" and qa["source_lang"] == "fr" and qa["target_lang"] == "en"
    assert qa["summary"]["error"] == 0


def test_same_input_same_bytes(out, tmp_path):
    run_align(AlignJob(FR, EN, tmp_path, DATE))
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_bad_input_leaves_no_output(tmp_path):
    empty = tmp_path / "empty.en.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError):
        run_align(AlignJob(FR, empty, tmp_path / "out", DATE))
    other = tmp_path / "other.en.txt"
    other.write_text(EN.read_text(encoding="utf-8").replace("57/263.", "58/1."), encoding="utf-8")
    with pytest.raises(MismatchError):
        run_align(AlignJob(FR, other, tmp_path / "out", DATE))
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_language_codes_can_be_given_for_unsuffixed_files(tmp_path):
    fr, en = tmp_path / "french.txt", tmp_path / "english.txt"
    shutil.copy(FR, fr)
    shutil.copy(EN, en)
    result = run_align(AlignJob(fr, en, tmp_path / "o", DATE, source_lang="fr", target_lang="en"))
    assert [p.name for p in result.outputs] == [
        "A_RES_57_263.fr-en.tmx", "A_RES_57_263.fr-en.paragraphs.tmx", "A_RES_57_263.fr-en.review.tmx",
        "A_RES_57_263.fr-en.paragraphs.review.tmx", "A_RES_57_263.fr-en.alignment.json",
        "A_RES_57_263.fr-en.qa.json", "A_RES_57_263.fr-en.html",
    ]


def _tus(path: Path) -> dict[str, float]:
    """tuid -> confidence of a TMX file's TUs."""
    tree = etree.parse(str(path))
    return {tu.get("tuid"): float(tu.find("prop[@type='x-confidence']").text) for tu in tree.iter("tu")}


def test_doubtful_links_go_to_the_review_files_not_the_memory(tmp_path):
    run_align(AlignJob(FR, EN, tmp_path, DATE, doubt=Doubt(min_confidence=0.95)))
    for level in ("", ".paragraphs"):
        kept = _tus(tmp_path / f"A_RES_57_263.fr-en{level}.tmx")
        doubted = _tus(tmp_path / f"A_RES_57_263.fr-en{level}.review.tmx")
        assert kept and doubted and not kept.keys() & doubted.keys()
        assert min(kept.values()) >= 0.95 > max(doubted.values())
    assert "A/RES/57/263:FN2" in doubted  # the footnote that is a bare symbol: the least sure of the document


def test_doubtful_links_can_stay_in_the_memory_flagged(tmp_path):
    run_align(AlignJob(FR, EN, tmp_path, DATE, doubt=Doubt(min_confidence=0.95, flag=True)))
    tree = etree.parse(str(tmp_path / "A_RES_57_263.fr-en.paragraphs.tmx"))
    flagged = {tu.get("tuid") for tu in tree.iter("tu") if tu.find("prop[@type='x-review']") is not None}
    assert len(list(tree.iter("tu"))) == 25 and "A/RES/57/263:FN2" in flagged and "A/RES/57/263:OP1" not in flagged
    assert not _tus(tmp_path / "A_RES_57_263.fr-en.review.tmx")  # written, empty: no earlier run's left to mislead


def test_tmx_language_codes_are_configurable(tmp_path):
    run_align(AlignJob(FR, EN, tmp_path, DATE, source_code="fr-FR", target_code="en-GB"))
    tree = etree.parse(str(tmp_path / "A_RES_57_263.fr-en.tmx"))
    assert tree.find("header").get("srclang") == "fr-FR"
    assert {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tree.iter("tuv")} == {"fr-FR", "en-GB"}
    assert check_tmx(tmp_path / "A_RES_57_263.fr-en.tmx") == []
    with pytest.raises(UntmError, match="'de-DE' is not a code for 'fr'"):
        run_align(AlignJob(FR, EN, tmp_path / "x", DATE, source_code="de-DE"))


def test_fail_on_qa_error_names_every_unit_an_error_names(en_doc, fr_doc):
    # a block of missing units: each; a finding about the whole document: "document"
    from align.aligner import align_documents
    from align.cli_types import FailOn
    from align.job import failures
    from align.model import Finding, Severity
    from align.srx import default_rules

    alignment = align_documents(fr_doc, en_doc, default_rules())
    findings = (Finding("structure", Severity.ERROR, "OP3", "OP3 to OP5 (3 units) of the original are missing",
                        units=("OP3", "OP4", "OP5")),
                Finding("footnotes", Severity.ERROR, "document", "the translation has 1 footnote, the original 2",
                        units=("PP2", "document")))
    assert failures(alignment, findings, frozenset({FailOn.QA_ERROR})) == (
        "2 QA errors: OP3, OP4, OP5, PP2, document",)
