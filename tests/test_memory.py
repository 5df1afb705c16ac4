from __future__ import annotations

from align.aligner import align_documents
from align.memory import paragraph_units, sentence_units
from align.reading.text import parse_text
from align.srx import default_rules

from .conftest import UNIT_IDS, golden


def test_paragraph_units_are_the_25_golden_pairs(fr_doc, en_doc):
    units = list(paragraph_units(align_documents(fr_doc, en_doc, default_rules()), "fr-FR", "en-GB"))
    fr = {u["id"]: u["text"] for u in golden("fr")["units"]}
    en = {u["id"]: u["text"] for u in golden("en")["units"]}
    assert [u.tuid for u in units] == [f"A/RES/57/263:{uid}" for uid in UNIT_IDS]
    assert [[(v.lang, v.text) for v in u.variants] for u in units] == [[("fr-FR", fr[uid]), ("en-GB", en[uid])] for uid in UNIT_IDS]
    assert dict(units[0].props)["x-document"] == "A/RES/57/263"


def test_sentence_units_keep_the_spacing_and_skip_one_sided_links():
    fr = parse_text(" 57/1. Titre \n\n L’Assemblée générale, \n\n 1. Décide. Prie.  Note. \n\n 2. Fin ; \n", language="fr")
    en = parse_text(" 57/1. Title \n\n The General Assembly, \n\n 1. Decides. Requests. \n", language="en")
    alignment = align_documents(fr, en, default_rules())
    assert [p.unit_id for p in alignment.unpaired()] == ["OP2"]  # French only: it must give no TU
    units = list(sentence_units(alignment, "fr", "en"))
    texts = [(u.tuid, u.variants[0].text, u.variants[1].text) for u in units]
    assert all(src and tgt for _, src, tgt in texts)
    assert {tuid.rsplit(":", 2)[1] for tuid, _, _ in texts} == {"title", "intro", "OP1"}
    op1 = [(s, t) for tuid, s, t in texts if ":OP1:" in tuid]
    assert "".join(s for s, _ in op1).replace(" ", "") == "Décide.Prie.Note."
