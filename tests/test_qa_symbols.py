from __future__ import annotations

from align.qa.symbols import SymbolsCheck, references

from .qa_helpers import context, found


def test_sales_numbers_differ_only_by_their_language_letter():
    assert references("Sales No. E.02.II.A.7") == references("numéro de vente : F.02.II.A.7")


def test_a_sales_number_typed_with_a_cyrillic_letter_is_the_same_number():
    # A/RES/79/196, a footnote of the Russian (source: United Nations): "R.03.II.А.1", its А Cyrillic
    assert references("Sales No. E.03.II.A.1") == references("в продаже под № R.03.II.\u0410.1")
    assert references("Sales No. E.03.II.A.1") != references("в продаже под № R.03.II.\u0411.1")  # Б is no B


def test_a_reference_written_another_way_is_the_same_reference():
    # A/RES/79/205 and 79/249 (source: United Nations): "2015/16" in English, "2015/2016" in Arabic; "55/5 B and C"
    # in English, "A/RES/55/5 B y C" in Spanish
    assert references("in 2015/16 and 1982/83") == references("في 2015/2016 و1982/1983")
    assert references("resolutions 55/5 B and C") == references("resoluciones A/RES/55/5 B y C")
    assert references("2015/17") != references("2015/2017")  # no span of one year: as written
    # 79/208 and 79/209: a meeting's decision numbered in Roman numerals, in digits in Arabic
    assert references("decision X/1 of the Conference") == references("المقرر 10/1") == {"10/1": 1}
    assert references("decisions SS.VI/1 and SS.XI/9") == references("المقررين دإ-6/1 و دإ-11/9")
    assert references("decision X/1") != references("المقرر 10/2")


def test_24_7_is_round_the_clock_but_where_a_resolution_is_named():
    assert references("a 24/7 network") == references("un réseau") == {}
    assert references("Human Rights Council resolution 24/7") == {"24/7": 1}


def test_symbols_must_match_exactly():
    en = " 1. Takes note of A/57/444, resolution 55/2, decision 2002/18 and DP/2003/2, Sales No. E.02.II.A.7; \n"
    fr_ok = " 1. Prend note de A/57/444, de la résolution 55/2, de la décision 2002/18 et de DP/2003/2, numéro de vente : F.02.II.A.7 ; \n"
    assert found(SymbolsCheck(), context("en", en, "fr", fr_ok)) == []
    fr_bad = fr_ok.replace("DP/2003/2", "DP/2003/3")
    assert found(SymbolsCheck(), context("en", en, "fr", fr_bad)) == [
        ("error", "OP1", "OP1: DP/2003/2 in the original, DP/2003/3 in the translation; symbols must match exactly")
    ]


def test_a_corrigendum_one_version_cites_alone_is_a_note():
    """A/RES/79/122, footnote 1: the French cites the corrigendum issued in French (A/74/10/Corr.1)."""
    english = " 1. Takes note of the report (A/74/10); \n"
    french = " 1. Prend note du rapport (A/74/10 et A/74/10/Corr.1) ; \n"
    [(severity, unit, message)] = found(SymbolsCheck(), context("en", english, "fr", french))
    assert severity == "info" and "A/74/10/Corr.1" in message and "corrigendum" in message
    other = " 1. Prend note du rapport (A/74/11 et A/74/11/Corr.1) ; \n"  # the report itself differs
    assert [f[0] for f in found(SymbolsCheck(), context("en", english, "fr", other))] == ["error"]


def test_a_symbol_cited_on_both_sides_more_often_on_one_is_a_warning_and_words_with_a_slash_are_no_symbols():
    english = " 1. Recalls NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2 on HIV/AIDS; \n"
    spanish = " 1. Recuerda NPT/CONF.1995/32 (Part I) sobre el VIH/SIDA; \n"
    assert [f[0] for f in found(SymbolsCheck(), context("en", english, "es", spanish))] == ["warning"]
