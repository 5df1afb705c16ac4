from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from align.aligner import align_documents
from align.copies import CONFIDENCE, copied, copied_share
from align.reading.text import parse_text
from align.srx import default_rules

from .qa_helpers import resolution
from .test_qa_untranslated import _OP, _OP_FR

_WORDS = st.lists(st.sampled_from(["decides", "remain", "seized", "matter", "requests", "report", "session",
                                   "general", "assembly", "further", "urges", "states"]), min_size=8, max_size=40)


@given(_WORDS)
def test_a_text_is_a_copy_of_itself_and_of_any_text_holding_it(words):
    text = " ".join(words)
    assert copied(text, text) and copied_share(text, text) == 1.0
    assert copied("Recalling its resolutions. " + text + " Noting.", text)


def test_a_translation_shares_names_and_symbols_not_runs_of_words():
    assert copied_share(_OP, _OP_FR) == 0.0
    assert not copied("See A/79/6 (Sect. 2), A/79/6 (Sect. 3), A/79/6 (Sect. 4), A/79/6 (Sect. 5), A/79/6 (Sect. 6).",
                      "Voir A/79/6 (Sect. 2), A/79/6 (Sect. 3), A/79/6 (Sect. 4), A/79/6 (Sect. 5), A/79/6 (Sect. 6).")
    assert not copied("Available at https://www.un.org/en/development/desa/publications/the-report-on-the-world.html",
                      "Disponible à l’adresse https://www.un.org/en/development/desa/publications/the-report-on-the-world.html")


def test_a_copied_sentence_is_never_a_confident_link():
    half = _OP_FR.split(". ")[0] + ". " + _OP.split(". ")[1]
    source = parse_text(resolution("en", f" 1. {_OP} \n"), language="en", path="o.en.txt")
    target = parse_text(resolution("fr", f" 1. {half} \n"), language="fr", path="t.fr.txt")
    pair = next(p for p in align_documents(source, target, default_rules()).pairs if p.unit_id == "OP1")
    assert [link.confidence <= CONFIDENCE for link in pair.links] == [False, True]
    assert pair.confidence <= CONFIDENCE  # the copied sentence is the longer one: most of the unit
    whole = parse_text(resolution("fr", f" 1. {_OP} \n"), language="fr", path="t.fr.txt")
    pair = next(p for p in align_documents(source, whole, default_rules()).pairs if p.unit_id == "OP1")
    assert pair.confidence <= CONFIDENCE and all(link.confidence <= CONFIDENCE for link in pair.links)


def test_a_short_unit_left_as_it_is_is_a_copy_a_symbol_or_a_number_is_not():
    assert copied("Decides to remain seized of the matter;", "Decides to remain seized of the matter;")
    assert not copied("A/57/155", "A/57/155") and not copied("2002/18.", "2002/18.")
    assert not copied("Decides to remain seized of the matter;", "Décide de rester saisie de la question ;")


def test_names_left_as_they_are_are_not_copies():
    # the stakeholders of A/HRC/WG.6/34/ITA/3, as the Russian version keeps them
    names = "ERRC European Roma Rights Centre (Hungary); EU FRA European Union Agency for Fundamental Rights (Austria);"
    assert not copied(names, names)
