from __future__ import annotations

from align.qa.symbols import SymbolsCheck, references

from .qa_helpers import context, found


def test_sales_numbers_differ_only_by_their_language_letter():
    assert references("Sales No. E.02.II.A.7") == references("numéro de vente : F.02.II.A.7")


def test_symbols_must_match_exactly():
    en = " 1. Takes note of A/57/444, resolution 55/2, decision 2002/18 and DP/2003/2, Sales No. E.02.II.A.7; \n"
    fr_ok = " 1. Prend note de A/57/444, de la résolution 55/2, de la décision 2002/18 et de DP/2003/2, numéro de vente : F.02.II.A.7 ; \n"
    assert found(SymbolsCheck(), context("en", en, "fr", fr_ok)) == []
    fr_bad = fr_ok.replace("DP/2003/2", "DP/2003/3")
    assert found(SymbolsCheck(), context("en", en, "fr", fr_bad)) == [
        ("error", "OP1", "OP1: DP/2003/2 in the original, DP/2003/3 in the translation; symbols must match exactly")
    ]
