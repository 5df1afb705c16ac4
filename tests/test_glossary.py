from __future__ import annotations

import pytest
from translate.storage.tbx import tbxfile

from align.errors import InputError
from align.glossary import read_glossary
from align.model import TermStatus

from .conftest import DATA, SOURCES

GLOSSARY = SOURCES / "glossary.tbx"
REQUIRED = [
    ("coopération Sud-Sud", "South-South cooperation"), ("coopération triangulaire", "triangular cooperation"),
    ("coopération Nord-Sud", "North-South cooperation"), ("pays en développement", "developing countries"),
    ("pays développés", "developed countries"), ("pays en transition", "countries with economies in transition"),
    ("coopération technique entre pays en développement", "technical cooperation among developing countries"),
    ("Groupe spécial de la coopération technique entre pays en développement", "Special Unit for Technical Cooperation among Developing Countries"),
    ("Comité de haut niveau pour l’examen de la coopération technique entre pays en développement", "High-level Committee on the Review of Technical Cooperation among Developing Countries"),
    ("Déclaration du Millénaire", "Millennium Declaration"), ("Consensus de Monterrey", "Monterrey Consensus"),
    ("Conférence internationale sur le financement du développement", "International Conference on Financing for Development"),
    ("Plan d’action de Buenos Aires", "Buenos Aires Plan of Action"),
    ("Fonds d’affectation spéciale Pérez-Guerrero", "Pérez-Guerrero Trust Fund"),
    ("Conférence des Nations Unies pour les annonces de contributions aux activités de développement", "United Nations Pledging Conference for Development Activities"),
    ("Programme des Nations Unies pour le développement", "United Nations Development Programme"),
    ("Fonds des Nations Unies pour la population", "United Nations Population Fund"), ("Groupe des 77", "Group of 77"),
    ("objectifs de développement convenus sur le plan international", "internationally agreed development goals"),
    ("renforcement des capacités", "capacity-building"), ("Secrétaire général", "Secretary-General"),
    ("États Membres", "Member States"), ("Déclaration ministérielle", "Ministerial Declaration"),
]


def test_the_shipped_glossary_has_every_required_pair():
    glossary = read_glossary(GLOSSARY, "fr", "en")
    assert [(e.name, e.rendering) for e in glossary.entries] == REQUIRED
    assert len(glossary.sha256) == 64


def test_translate_toolkit_reads_the_shipped_glossary():
    store = tbxfile(GLOSSARY.open("rb"), sourcelanguage="fr", targetlanguage="en")
    assert len(store.units) == len(REQUIRED)


def test_term_status_from_tbx():
    entry = read_glossary(GLOSSARY, "fr", "en").entries[0]
    assert [(t.text, t.status) for t in entry.target] == [
        ("South-South cooperation", TermStatus.PREFERRED), ("South-South co-operation", TermStatus.FORBIDDEN),
    ]
    countries = next(e for e in read_glossary(GLOSSARY, "fr", "en").entries if e.id == "countries-in-transition")
    assert countries.target[1].status is TermStatus.ADMITTED


def test_csv_and_tsv_glossaries():
    csv_glossary = read_glossary(DATA / "glossary" / "small.csv", "fr", "en")
    assert [(e.name, [(t.text, t.status.value) for t in e.target]) for e in csv_glossary.entries] == [
        ("coopération Sud-Sud", [("South-South cooperation", "preferred"), ("South-South co-operation", "forbidden")]),
        ("pays en développement", [("developing countries", "preferred")]),
    ]
    tsv = read_glossary(DATA / "glossary" / "small.tsv", "fr", "en")
    assert [(e.name, e.rendering) for e in tsv.entries] == [("coopération triangulaire", "triangular cooperation"), ("États Membres", "Member States")]


def test_bad_glossaries(tmp_path):
    with pytest.raises(InputError, match="cannot read the glossary"):
        read_glossary(tmp_path / "none.tbx", "fr", "en")
    with pytest.raises(InputError, match="no entry with both a fr and a ru term"):
        read_glossary(GLOSSARY, "fr", "ru")
    bad = tmp_path / "bad.csv"
    bad.write_text("only one column\n", encoding="utf-8")
    with pytest.raises(InputError, match="one column"):
        read_glossary(bad, "fr", "en")
    status = tmp_path / "status.csv"
    status.write_text("a,b,maybe\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown term status 'maybe'"):
        read_glossary(status, "fr", "en")
