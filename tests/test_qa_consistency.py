from __future__ import annotations

from align.aligner import align_documents
from align.reading.text import parse_text
from align.qa.base import QaContext
from align.qa.consistency import ConsistencyCheck
from align.srx import default_rules
from tmx.index import TmIndex

from .conftest import EN
from .qa_helpers import found


def test_a_divergence_from_the_tm_is_a_warning_with_both_texts(fr_doc, en_doc, untm_tmx):
    tm = TmIndex.build(untm_tmx)
    assert found(ConsistencyCheck(), QaContext(align_documents(fr_doc, en_doc, default_rules()), tm=tm)) == []
    reworded = EN.read_text(encoding="utf-8").replace(
        "Takes note of the report of the Secretary-General on measures to promote and \nfacilitate South-South cooperation;2",
        "Acknowledges the paper by the Secretary-General about ways of furthering \ncollaboration between Southern nations;2",
    )
    english = parse_text(reworded, language="en", path="reworded.en.txt")
    results = ConsistencyCheck().run(QaContext(align_documents(fr_doc, english, default_rules()), tm=tm))
    [finding] = list(results)
    assert (finding.severity.value, finding.unit) == ("warning", "OP1")
    assert "chrF" in finding.message and "Takes note of the report" in finding.message
    assert finding.target.startswith("Acknowledges the paper")


def test_without_a_tm_nothing_is_compared(fr_doc, en_doc):
    assert found(ConsistencyCheck(), QaContext(align_documents(fr_doc, en_doc, default_rules()))) == []


def test_an_exact_match_translated_otherwise_is_a_warning_however_close(fr_doc, untm_tmx):
    tm = TmIndex.build(untm_tmx)
    changed = EN.read_text(encoding="utf-8").replace(
        "Recommends that the High-level Committee", "Recommends that the High Level Committee")
    assert changed != EN.read_text(encoding="utf-8")
    english = parse_text(changed, language="en", path="changed.en.txt")
    findings = list(ConsistencyCheck().run(QaContext(align_documents(fr_doc, english, default_rules()), tm=tm)))
    assert [f.unit for f in findings] == ["OP5"]
    assert "100 % match" in findings[0].message and "High-level Committee" in findings[0].message
