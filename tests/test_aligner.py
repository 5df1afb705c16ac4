"""Alignment of the two versions of A/RES/57/263, and of edited copies of them."""

from __future__ import annotations

import pytest

from align.aligner import LengthModel, align_documents, merge_order
from align.errors import MismatchError
from align.model import LinkReason
from align.reading.text import parse_text
from align.srx import default_rules

from .conftest import EN, FR, UNIT_IDS


@pytest.fixture(scope="module")
def alignment(fr_doc, en_doc):
    return align_documents(fr_doc, en_doc, default_rules())


def test_all_25_units_pair_by_id(alignment):
    assert [p.unit_id for p in alignment.pairs] == UNIT_IDS
    assert all(p.paired for p in alignment.pairs)
    assert alignment.unpaired() == ()


def test_every_link_has_a_confidence_and_a_reason(alignment):
    for pair in alignment.pairs:
        assert 0.5 <= pair.confidence <= 1.0
        for link in pair.links:
            assert 0.0 <= link.confidence <= 1.0
            assert link.reason is LinkReason.ID


def test_a_unit_of_one_link_shows_one_number(alignment):
    one_link = [pair for pair in alignment.pairs if len(pair.links) == 1]
    assert len(one_link) == 25
    assert all(pair.confidence == pair.links[0].confidence for pair in one_link)
    assert len({pair.confidence for pair in one_link}) > 10  # each its own, not a constant


def test_the_length_ratio_is_calibrated_on_the_document(alignment):
    assert 0.85 < alignment.length_ratio < 0.95  # English is shorter than French


def test_a_paragraph_missing_on_one_side_is_reported_not_glued(fr_doc):
    text = EN.read_text(encoding="utf-8")
    start = text.index(" 5. Recommends")
    end = text.index(" 6. Requests")
    cut = text[:start] + text[end:]
    en = parse_text(cut, language="en", path="cut.en.txt")
    result = align_documents(fr_doc, en, default_rules())
    op5 = next(p for p in result.pairs if p.unit_id == "OP5")
    assert op5.source is not None and op5.target is None
    assert [p.unit_id for p in result.unpaired()] == ["OP5"]
    assert op5.links[0].reason is LinkReason.UNPAIRED and op5.links[0].target == ()
    assert next(p for p in result.pairs if p.unit_id == "OP6").paired


def test_target_only_units_keep_their_place():
    assert merge_order(("a", "b", "d"), ("a", "b", "c", "d", "e")) == ["a", "b", "c", "d", "e"]
    assert merge_order(("b",), ("a", "b")) == ["a", "b"]


def test_a_split_sentence_is_aligned_two_to_one_by_length_and_anchors(en_doc):
    fr = parse_text(
        FR.read_text(encoding="utf-8").replace(
            "Programme des Nations Unies pour le développement et du Fonds des Nations ",
            "Programme des Nations Unies pour le développement. Il note aussi le rôle du Fonds des Nations ",
        ),
        language="fr",
    )
    result = align_documents(fr, en_doc, default_rules())
    op8 = next(p for p in result.pairs if p.unit_id == "OP8")
    assert len(op8.source.sentences) == 2 and len(op8.target.sentences) == 1
    assert [(l.source, l.target) for l in op8.links] == [((0, 1), (0,))]
    assert op8.links[0].reason is LinkReason.ANCHOR


def test_numbers_anchor_sentences_inside_a_unit():
    fr = parse_text(
        " 57/1. Titre \n\n L’Assemblée générale, \n\n 1. Alloue 3,5 millions de dollars au Fonds. "
        "Décide de revoir le montant en 2005. Prie le Secrétaire général de faire rapport. \n",
        language="fr",
    )
    en = parse_text(
        " 57/1. Title \n\n The General Assembly, \n\n 1. Allocates 3.5 million dollars to the Fund and "
        "decides to review the amount in 2005. Requests the Secretary-General to report. \n",
        language="en",
    )
    op1 = next(p for p in align_documents(fr, en, default_rules()).pairs if p.unit_id == "OP1")
    assert [(l.source, l.target) for l in op1.links] == [((0, 1), (0,)), ((2,), (1,))]


def test_two_different_documents_are_refused(fr_doc):
    other = parse_text(EN.read_text(encoding="utf-8").replace("57/263.", "57/264."), language="en", path="o.en.txt")
    with pytest.raises(MismatchError, match="A/RES/57/264: give two language versions of the same document"):
        align_documents(fr_doc, other, default_rules())


def test_same_symbol_but_another_structure_is_refused(fr_doc):
    text = " 57/263. Something else \n\n The General Assembly, \n\n 1. Decides; \n"
    with pytest.raises(MismatchError, match="share only 3 of 25"):
        align_documents(fr_doc, parse_text(text, language="en", path="x.en.txt"), default_rules())


def test_two_texts_in_one_language_are_refused(fr_doc):
    with pytest.raises(MismatchError, match="both in 'fr'"):
        align_documents(fr_doc, fr_doc, default_rules())


def test_length_probability_is_highest_at_the_expected_ratio():
    model = LengthModel(0.9, 6.8)
    assert model.probability(100, 90) == pytest.approx(1.0)
    assert model.probability(100, 90) > model.probability(100, 120) > model.probability(100, 200)
    assert model.probability(0, 0) == 1.0


def test_a_long_unit_aligns_along_the_diagonal():
    fr_sentences = " ".join(f"Le paragraphe {n} compte {n * 7} mots." for n in range(1, 301))
    en_sentences = " ".join(f"Paragraph {n} has {n * 7} words." for n in range(1, 301))
    fr = parse_text(f" 57/1. Titre \n\n L’Assemblée générale, \n\n 1. {fr_sentences} \n", language="fr")
    en = parse_text(f" 57/1. Title \n\n The General Assembly, \n\n 1. {en_sentences} \n", language="en")
    op1 = next(p for p in align_documents(fr, en, default_rules()).pairs if p.unit_id == "OP1")
    assert [(l.source, l.target) for l in op1.links] == [((k,), (k,)) for k in range(300)]
    assert all(l.reason is LinkReason.ANCHOR for l in op1.links)


def test_an_annexed_conventions_preamble_is_matched_on_its_own():
    # 79/243 (source: United Nations): the English prints the Convention's title on two lines, the second
    # read as ANX1.PP1, so the English preamble has one paragraph more than the Russian; its paragraphs are
    # paired by what they say, not by count ("Recalling General Assembly resolutions 74/247..." is the English
    # ANX1.PP17 and the Russian's sixteenth)
    from .conftest import session

    english, russian = session("Russian", "A_RES_79_243")
    alignment = align_documents(english, russian, default_rules())
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["ANX1.PP17"].target.unit.text.startswith("ссылаясь на резолюции Генеральной Ассамблеи 74/247")
    assert pairs["ANX1.PP2"].target.unit.text == "Преамбула"
    assert all(pairs[f"ANX1.PP{n}"].confidence > 0.9 for n in range(2, 19))
    assert not pairs["ANX1.PP1"].paired  # the title's second line: the Russian title holds it
