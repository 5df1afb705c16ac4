from __future__ import annotations

from align.aligner import align_documents
from align.reading.text import parse_text
from align.qa.base import QaContext
from align.qa.length import LengthCheck
from align.srx import default_rules

from .conftest import EN
from .qa_helpers import found


def test_a_truncated_unit_is_an_outlier(fr_doc, en_doc):
    assert found(LengthCheck(), QaContext(align_documents(fr_doc, en_doc, default_rules()))) == []
    text = EN.read_text(encoding="utf-8").replace(
        "financial resources for supporting South-South cooperation initiatives;", "financial resources;"
    ).replace("to intensify their efforts to mainstream effectively the use of \nSouth-South cooperation in the design, formulation and implementation of their \nregular programmes and to consider increasing allocations of human, technical and \n", "")
    english = parse_text(text, language="en", path="cut.en.txt")
    results = found(LengthCheck(), QaContext(align_documents(fr_doc, english, default_rules())))
    assert [(s, u) for s, u, _ in results] == [("warning", "OP9")]
