"""Doubt beyond one pair: two paragraphs that say nearly the same, in the other order."""

from __future__ import annotations

from align.aligner import align_documents
from align.doubt import UNSURE
from align.reading.text import parse_text
from align.srx import default_rules

from .conftest import session
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




def test_two_paragraphs_swapped_with_their_sub_paragraphs_or_headings_are_compared_over_them():
    """A/RES/79/295 OP3 ("Requests the United Nations Secretariat, within existing resources and ... through
    voluntary contributions:") and OP4 ("Encourages the establishment of a joint working group, within existing
    resources and ... through voluntary contributions:") each have sub-paragraphs (a)-(c), so they are never
    next to each other; swapped in the Chinese, each lead-in alone reads as a fair translation of the other.
    The headings of A/RES/79/299 ("Budget estimates for the period..." and "Financing of the budget estimates
    for the period...") are two units apart, a paragraph between."""
    from bench.damaged_pairs import swapped

    english, chinese = session("Chinese", "A_RES_79_295")
    pairs = {p.unit_id: p for p in align_documents(english, swapped(chinese, 3)[0], default_rules()).pairs}
    assert pairs["OP3"].target.unit.text.startswith("鼓励在现有资源范围内")  # the Chinese of OP4
    assert pairs["OP3"].confidence <= UNSURE and pairs["OP4"].confidence <= UNSURE
    assert pairs["OP2"].confidence > 0.9 and pairs["OP5"].confidence > 0.9
    english, french = session("French", "A_RES_79_299")
    pairs = {p.unit_id: p for p in align_documents(english, swapped(french, 5)[0], default_rules()).pairs}
    assert pairs["OP5.h1"].target.unit.text.startswith("Modalités de financement")  # the French of OP6.h1
    assert pairs["OP5.h1"].confidence <= UNSURE and pairs["OP6.h1"].confidence <= UNSURE
    assert pairs["OP4.h1"].confidence > 0.9
    # undamaged, none of them is doubted
    for language, symbol, uids in (("Chinese", "A_RES_79_295", ("OP3", "OP4")),
                                   ("French", "A_RES_79_299", ("OP5.h1", "OP6.h1"))):
        english, other = session(language, symbol)
        pairs = {p.unit_id: p for p in align_documents(english, other, default_rules()).pairs}
        assert all(pairs[uid].confidence > 0.9 for uid in uids), [(uid, pairs[uid].confidence) for uid in uids]
