from __future__ import annotations

from align.aligner import align_documents
from align.reading.text import parse_text
from align.report import alignment_json, summary_text
from align.srx import default_rules

from .conftest import EN


def test_summary_names_unpaired_units_and_warnings(fr_doc):
    text = EN.read_text(encoding="utf-8")
    cut = text[: text.index(" 5. Recommends")] + text[text.index(" 6. Requests"):]
    alignment = align_documents(fr_doc, parse_text(cut, language="en", path="cut.en.txt"), default_rules())
    summary = summary_text(alignment)
    assert "units: 25 fr, 24 en, 24 paired" in summary
    assert f"UNPAIRED OP5: only in {fr_doc.path} (fr)" in summary
    assert "warning: cut.en.txt:" in summary and "paragraph 6 follows paragraph 4" in summary
    data = alignment_json(alignment)
    assert data["summary"]["unpaired_units"] == ["OP5"]
    op5 = next(u for u in data["units"] if u["unit"] == "OP5")
    assert op5["status"] == "source_only" and op5["target"] is None


def test_lowest_confidences_are_listed_lowest_first(fr_doc, en_doc):
    summary = summary_text(align_documents(fr_doc, en_doc, default_rules()))
    shown = [float(line.split()[0]) for line in summary.splitlines() if line.startswith("  0.")]
    assert len(shown) == 5 and shown == sorted(shown)
