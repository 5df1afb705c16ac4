from __future__ import annotations

from lxml import html

from align.aligner import align_documents
from align.model import Finding, Severity
from align.qa.report import qa_html, qa_json
from align.srx import default_rules


def test_json_has_the_documented_shape(en_doc, fr_doc):
    alignment = align_documents(en_doc, fr_doc, default_rules())
    finding = Finding("numbers", Severity.ERROR, "OP8", "3.5 in the original, 35 in the translation", "s", "t")
    data = qa_json(alignment, ["numbers"], (finding,))
    assert data["source_lang"] == "en" and data["target_lang"] == "fr" and data["document"] == "A/RES/57/263"
    assert data["findings"] == [{"check": "numbers", "severity": "error", "unit": "OP8",
                                 "message": "3.5 in the original, 35 in the translation", "source": "s", "target": "t"}]
    assert data["summary"] == {"error": 1, "warning": 0, "info": 0}


def test_html_lists_findings_and_sets_the_direction(udhr):
    alignment = align_documents(udhr("en"), udhr("ar"), default_rules())
    finding = Finding("structure", Severity.ERROR, "PP4", "PP4 missing; add it", "Whereas…", "")
    page = html.fromstring(qa_html(alignment, (finding, finding)))
    rows = page.xpath("//table/tr[@class='error']")
    assert len(rows) == 2
    assert rows[0].xpath("td")[2].text_content() == "PP4"
    assert rows[0].xpath("td")[5].get("dir") == "rtl" and rows[0].xpath("td")[5].get("lang") == "ar"
    assert not page.xpath("//script[@src] | //link[@href]")
    assert page.xpath("//p")[0].text_content().endswith("; 2 errors, 0 warnings, 0 notes")
