from __future__ import annotations

from tmx.stats import tm_stats
from tmx.units import LanguagePair

from .conftest import DATA


def test_stats_of_untm_tmx(untm_tmx):
    stats = tm_stats(untm_tmx)
    assert (stats.tus, stats.pairs, stats.duplicates, stats.conflicting_sources) == (25, 25, 0, 0)
    assert stats.languages == {"fr": 25, "en": 25}
    assert stats.documents == {"A/RES/57/263": 25}
    assert sum(stats.lengths.values()) == 25
    assert stats.lengths["1-5"] == 8  # intro, meeting, date, FN1, FN2, FN3, FN5, FN6
    assert "TUs: 25" in stats.as_text()


def test_stats_of_translate_toolkit_and_omegat_files():
    tt = tm_stats(DATA / "tmx" / "translate-toolkit.tmx")
    assert (tt.tus, tt.duplicates, tt.conflicting_sources) == (3, 0, 1)
    omegat = tm_stats(DATA / "tmx" / "omegat-1.1.tmx", LanguagePair("fr", "en"))
    assert (omegat.version, omegat.tus, omegat.pairs) == ("1.1", 3, 2)
    assert omegat.skipped == {"no variant in the source language": "1 (first at line 23)"}
    assert "skipped: no variant in the source language: 1 (first at line 23)" in omegat.as_text()
