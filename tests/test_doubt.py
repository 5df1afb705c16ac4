"""Doubt beyond one pair: two paragraphs that say nearly the same, in the other order."""

from __future__ import annotations

from align.aligner import align_documents
from align.doubt import UNSURE
from align.reading.text import parse_text
from align.srx import default_rules

from .qa_helpers import resolution

# A/RES/79/121, operative paragraphs 1-3, English and French (source: United Nations)
_EN = ["Takes note of the report of the International Law Commission on the work of its seventy-fifth session;",
       "Expresses its appreciation to the International Law Commission for the work accomplished at its "
       "seventy-fifth session;",
       "Recommends that the International Law Commission continue its work on the topics in its current programme "
       "of work, taking into account the comments and observations of Governments, whether submitted in writing or "
       "expressed orally in debates in the Sixth Committee;"]
_FR = ["Prend note du rapport de la Commission du droit international sur les travaux de sa soixante-quinzième "
       "session\u00a0;",
       "Se félicite du travail accompli par la Commission du droit international à sa soixante-quinzième "
       "session\u00a0;",
       "Recommande que la Commission du droit international poursuive ses travaux sur les sujets actuellement "
       "inscrits à son programme de travail en tenant compte des commentaires et observations présentés par écrit "
       "par les États ou formulés oralement par les États au cours des débats de la Sixième Commission\u00a0;"]


def _pairs(french: list[str]) -> dict:
    def document(language: str, texts: list[str]):
        body = "\n\n".join(f" {n}. {text}" for n, text in enumerate(texts, 1)) + "\n"
        return parse_text(resolution(language, body), language=language, path=f"t.{language}.txt")

    alignment = align_documents(document("en", _EN), document("fr", french), default_rules())
    return {p.unit_id: p for p in alignment.pairs}


def test_two_look_alike_paragraphs_in_the_other_order_are_kept_out_of_the_memory():
    pairs = _pairs([_FR[1], _FR[0], _FR[2]])
    for uid in ("OP1", "OP2"):
        # each French paragraph reads as a fair translation of either English one: only the comparison with
        # its neighbour says the pair is wrong
        assert pairs[uid].confidence <= UNSURE and all(link.confidence <= UNSURE for link in pairs[uid].links)
    assert pairs["OP3"].confidence > 0.9


def test_the_same_paragraphs_in_their_order_are_trusted():
    pairs = _pairs(_FR)
    assert all(pairs[uid].confidence > 0.5 for uid in ("OP1", "OP2", "OP3")), {u: p.confidence for u, p in pairs.items()}


