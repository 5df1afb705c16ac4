from __future__ import annotations

from align.segment import segment_document
from align.srx import default_rules


def test_every_unit_is_covered_by_its_sentences(fr_doc, en_doc):
    for document in (fr_doc, en_doc):
        for segmented in segment_document(document, default_rules()):
            text = segmented.unit.text
            assert segmented.sentences, segmented.unit.id
            assert [s.text for s in segmented.sentences] == [text[s.start:s.end] for s in segmented.sentences]
            assert "".join(s.text for s in segmented.sentences).replace(" ", "") == text.replace(" ", "")


def test_resolution_paragraphs_are_one_sentence_each(fr_doc, en_doc):
    """UN paragraphs are single sentences; abbreviations in footnotes must not split them."""
    for document in (fr_doc, en_doc):
        counts = {s.unit.id: len(s.sentences) for s in segment_document(document, default_rules())}
        assert set(counts.values()) == {1}, counts
