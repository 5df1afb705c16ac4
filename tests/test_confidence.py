"""The confidence of a link is the probability that it is right: learnt words, fitted weights, real text."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import given, strategies as st

from align.aligner import _align_pair, _length_model, align_documents, document_judge
from align.confidence import Evidence, judge
from align.languages import LANGUAGES
from align.lexicon import lexicon, tokens
from align.srx import default_rules


@pytest.mark.parametrize(("first", "second"), list(itertools.permutations(LANGUAGES, 2)))
def test_every_pair_of_the_six_languages_has_its_lexicon_either_way_round(first, second):
    found = lexicon(first, second)
    assert found is not None and len(found.forward) > 1000
    # the words are each language's own: the table is not read the wrong way round
    assert found.forward.keys() & tokens(_SAMPLE[first], first)
    assert found.backward.keys() & tokens(_SAMPLE[second], second)


_SAMPLE = {
    "en": "Requests the Secretary-General to submit a report on the implementation of the present resolution",
    "fr": "Prie le Secrétaire général de lui présenter un rapport sur l’application de la présente résolution",
    "es": "Solicita al Secretario General que le presente un informe sobre la aplicación de la presente resolución",
    "ru": "просит Генерального секретаря представить доклад об осуществлении настоящей резолюции",
    "ar": "تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار",
    "zh": "请秘书长提交关于本决议执行情况的报告",
}


def test_a_translation_covers_its_original_and_its_neighbour_does_not():
    english = lexicon("en", "fr")
    right = english.coverage(_SAMPLE["en"], _SAMPLE["fr"])
    wrong = english.coverage(_SAMPLE["en"], "Encourage les États Membres à renforcer la coopération Sud-Sud")
    assert right[0] > 0.7 and right[1] > 0.7 and wrong[0] < 0.3


def test_a_language_without_a_lexicon_is_judged_by_the_model_without_words():
    found = judge("en", "de")
    assert found.lexicon is None and "words_source" not in found.link.names


def test_right_paragraphs_are_confident_and_their_neighbours_are_not(en_doc, fr_doc):
    alignment = align_documents(en_doc, fr_doc, default_rules())
    paired = [p for p in alignment.pairs if p.paired and p.unit_id.startswith("OP")]
    assert all(p.confidence >= 0.9 for p in paired)
    model, used = _length_model(en_doc, fr_doc), document_judge(en_doc, fr_doc)
    shifted = [_align_pair(a.unit_id, a.source, b.target, model, "en", "fr", used).confidence
               for a, b in zip(paired, paired[1:])]
    assert max(shifted) < 0.5 and sum(shifted) / len(shifted) < 0.1


def test_one_link_one_number():
    alignment = align_documents(*_pair(), default_rules())
    for pair in alignment.pairs:
        if pair.paired and len(pair.links) == 1:
            assert pair.links[0].confidence == pair.confidence


def _pair():
    from align.reading.text import parse_text
    from tests.conftest import EN, FR
    return (parse_text(EN.read_text(encoding="utf-8"), language="en", path="a.en.txt"),
            parse_text(FR.read_text(encoding="utf-8"), language="fr", path="a.fr.txt"))


_share = st.one_of(st.none(), st.floats(0, 1))


@given(length=st.floats(0, 1), shared=_share, unshared=st.integers(0, 50), words=st.tuples(_share, _share),
       known=st.integers(0, 200), copied=st.floats(0, 1), same=st.booleans(), characters=st.integers(0, 5000),
       one=st.booleans(), alone=st.floats(0, 1), links=st.lists(st.floats(0, 1), max_size=5),
       lexical=st.booleans(), unit=st.booleans())
def test_every_evidence_gives_a_probability(length, shared, unshared, words, known, copied, same, characters, one,
                                            alone, links, lexical, unit):
    evidence = Evidence(length, shared, unshared, words, known, copied, same, characters, one,
                        left_alone=alone, links=tuple(links))
    used = judge("en", "fr" if lexical else "de")
    assert 0.0 <= used.probability(evidence, unit) <= 1.0
    assert 0.0 <= used.probability(replace(evidence, typical=0.9), unit) <= 1.0
