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
    # and they translate: one sentence in the two languages covers itself, either way
    forward, backward, known = found.coverage(_SAMPLE[first], _SAMPLE[second])
    assert forward >= 0.6 and backward >= 0.6 and known >= 7
    other = found.coverage(_SAMPLE[first], _OTHER[second])
    assert other[0] is None or other[0] < forward


_OTHER = {  # another sentence: "Encourages Member States to strengthen South-South cooperation"
    "en": "Encourages Member States to strengthen South-South cooperation",
    "fr": "Encourage les États Membres à renforcer la coopération Sud-Sud",
    "es": "Alienta a los Estados Miembros a que fortalezcan la cooperación Sur-Sur",
    "ru": "призывает государства-члены укреплять сотрудничество Юг-Юг",
    "ar": "تشجع الدول الأعضاء على تعزيز التعاون فيما بين بلدان الجنوب",
    "zh": "鼓励会员国加强南南合作",
}

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


@given(length=st.floats(0.01, 1), words=st.tuples(_share, _share), known=st.integers(0, 200),
       characters=st.integers(1, 5000), one=st.booleans(), lexical=st.booleans(), unit=st.booleans(),
       links=st.lists(st.floats(0, 1), min_size=1, max_size=5))
def test_the_fitted_weights_say_what_evidence_means(length, words, known, characters, one, lexical, unit, links):
    """Whatever else a link holds, anchors that all agree make it likelier than anchors none of which do, and
    a translation that is the original copied makes it less likely; a probability, always."""
    used = judge("en", "fr" if lexical else "de")
    base = Evidence(length, None, words, known, 0.0, False, characters, one, links=tuple(links))
    agreeing = used.probability(replace(base, shared=1.0), unit)
    clashing = used.probability(replace(base, shared=0.0), unit)
    copied = used.probability(replace(base, copied=1.0, same_text=True), unit)
    assert 0.0 <= clashing <= agreeing <= 1.0 and clashing < 1.0
    assert copied <= used.probability(base, unit)


def test_weights_for_a_feature_untm_does_not_compute_are_refused_with_the_fix():
    from align.confidence import Model

    with pytest.raises(ValueError, match="fit the weights again"):
        Model.from_json({"names": ["unshared_anchors"], "mean": [0], "scale": [1], "weights": [0, 1]})


_SNIPPETS = ["Coopération", "triangulaire,", "南南合作和三角合作", "والتعاون", "الثلاثي", "сотрудничество", "Sud-Sud",
             "l’Assemblée", "A/RES/57/263", "2002", "ΣΊΣΥΦΟΣ", " ", "-", "合作"]


@given(st.lists(st.lists(st.sampled_from(_SNIPPETS), max_size=6).map("".join), min_size=2, max_size=3),
       st.sampled_from([("fr", "en"), ("zh", "en"), ("ar", "en"), ("ru", "en")]), st.booleans())
def test_texts_joined_have_the_words_of_their_parts(parts, languages, source):
    """``Lexicon.join`` gives a joined text the words of its parts without reading it: the same as reading it."""
    found = lexicon(*languages)
    joined = found.join(tuple(parts), source)
    language = languages[0] if source else languages[1]
    assert joined == " ".join(parts)
    assert tokens(joined, language) == frozenset().union(*(tokens(part, language) for part in parts))
    fresh = lexicon.__wrapped__(*languages)  # a lexicon that has read nothing
    assert found.coverage(joined, "x") == fresh.coverage(joined, "x") if source else \
        found.coverage("x", joined) == fresh.coverage("x", joined)
