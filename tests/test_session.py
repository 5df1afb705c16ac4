"""Every resolution of the General Assembly's 79th session, English against the five other languages.

The UN's own Akoma Ntoso files (UNxml/GAresolutions, DGACM; source: United Nations).
"""

from __future__ import annotations

import pytest

from align.aligner import align_documents
from align.batch import plan
from align.reading import read_document
from align.srx import default_rules

from .conftest import shared


@pytest.fixture(scope="module")
def session():
    folder = shared("corpus", "unxml", "79session")
    rules = default_rules()
    english: dict = {}
    results = {}
    for language in ("ar", "es", "fr", "ru", "zh"):
        for task in plan(folder, "en", language).tasks():
            if task.stem not in english:
                english[task.stem] = read_document(task.source)
            results[task.stem, language] = align_documents(english[task.stem], read_document(task.target), rules)
    return results


def test_every_pair_aligns(session):
    # 316 resolutions in English and the five others (Arabic lacks 79/252 A-B): 1,579 pairs, none refused
    assert len(session) == 1579


def test_at_least_99_percent_of_units_are_paired(session):
    pairs = [pair for alignment in session.values() for pair in alignment.pairs]
    assert sum(pair.paired for pair in pairs) / len(pairs) >= 0.99


def test_at_least_95_percent_of_pairs_have_no_one_sided_unit(session):
    clean = sum(not alignment.unpaired() for alignment in session.values())
    assert clean / len(session) >= 0.95


def test_a_true_difference_stays_visible(session):
    # The French A/RES/79/205 has a preambular paragraph the English has not (on El Niño 2023/24).
    assert [p.unit_id for p in session["A_RES_79_205", "fr"].unpaired()] == ["PP15+1"]
