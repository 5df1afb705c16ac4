from __future__ import annotations

import os

from tmx.index import TmIndex, fuzzy_score, index_path, load_or_build
from tmx.units import LanguagePair

from .conftest import golden


def test_fuzzy_scores_like_a_cat_tool():
    assert fuzzy_score("Prend note du rapport.", "Prend note du rapport.") == 100
    assert fuzzy_score("Prend note du rapport.", "prend note du rapport.") == 80  # one token of five differs (case counts)
    assert fuzzy_score("Prend note du rapport du Secrétaire général.", "Prend acte du rapport du Secrétaire général.") == 87
    assert fuzzy_score("a b c", "x y z") == 0


def test_every_unit_finds_itself(untm_tmx):
    index = TmIndex.build(untm_tmx)
    assert len(index) == 25
    for unit in golden("fr")["units"]:
        match = index.best(unit["text"])
        assert match.score == 100 and match.source == unit["text"], unit["id"]
    assert index.best("zzz qqq") is None
    assert index.best("") is None


def test_a_changed_word_gives_a_fuzzy_match_with_its_translation(untm_tmx):
    index = TmIndex.build(untm_tmx)
    fr = {u["id"]: u["text"] for u in golden("fr")["units"]}
    en = {u["id"]: u["text"] for u in golden("en")["units"]}
    match = index.best(fr["OP8"].replace("3,5 millions", "4 millions"))
    assert 95 <= match.score < 100
    assert match.target == en["OP8"] and match.tuid == "A/RES/57/263:OP8:1" and match.document == "A/RES/57/263"


def test_a_stored_index_is_used_while_fresh_and_rebuilt_after_a_change(tmp_path, untm_tmx):
    tmx = tmp_path / "tm.tmx"
    tmx.write_bytes(untm_tmx.read_bytes())
    stored = index_path(tmx)
    TmIndex.build(tmx, stored).close()
    assert TmIndex.open_fresh(tmx, stored, LanguagePair()) is not None
    os.utime(tmx, ns=(1, 1))
    assert TmIndex.open_fresh(tmx, stored, LanguagePair()) is None
    assert len(load_or_build(tmx, LanguagePair())) == 25
