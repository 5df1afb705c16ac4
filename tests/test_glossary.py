from __future__ import annotations

import csv
import io
import re

import langcodes
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from translate.storage.tbx import tbxfile

from align.errors import InputError
from align.glossary import read_glossary
from align.model import TermStatus

from .conftest import DATA, SOURCES

GLOSSARY = SOURCES / "glossary.tbx"
# a term as a spreadsheet holds it: letters, digits, spaces, quotes and punctuation, no delimiter nor newline;
# not "#..." (a comment) nor what a header cell says ("fr", "English", "source")
# What a header cell may say, as the README has it, written out here rather than asked of the reader: the roles,
# the words of a spreadsheet's header, the six languages' names, and anything shaped like a language tag.
_HEADER_CELLS = {
    "source", "src", "source term", "source language", "target", "tgt", "target term", "target language", "status",
    "term", "terms", "terme", "termes", "translation", "traduction", "note", "notes", "comment", "comments",
    "definition", "définition", "context", "contexte", "domain", "domaine", "id",
    "arabic", "arabe", "árabe", "chinese", "chinois", "chino", "english", "anglais", "inglés", "ingles", "french",
    "français", "francais", "francés", "frances", "russian", "russe", "ruso", "spanish", "espagnol", "español",
    "espanol", "арабский", "английский", "французский", "испанский", "русский", "китайский",
    "العربية", "الإنكليزية", "الإنجليزية", "الفرنسية", "الإسبانية", "الروسية", "الصينية",
    "阿拉伯文", "阿拉伯语", "英文", "英语", "法文", "法语", "西班牙文", "西班牙语", "俄文", "俄语", "中文",
}
_TAG_SHAPED = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
TERM = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters=",;\t"),
               min_size=1, max_size=20).filter(
    lambda t: t.strip() and not t.startswith("#") and " ".join(t.split()).lower() not in _HEADER_CELLS)
# acronyms a glossary holds ("UN", "WHO", "UNDP"), which a first row may hold too
# what the README says names a language in a header: a code of two letters, or with a region or script (fr-FR),
# and of three letters only the six languages' ISO 639-2 codes ("FAO", "ILO" are terms)
_SIX_THREE = {"ara", "chi", "zho", "eng", "spa", "fra", "fre", "rus"}


def _language_code(cell: str) -> bool:
    cell = cell.strip()
    shaped = (len(cell) == 2 and cell.isalpha()) or cell.lower() in _SIX_THREE or \
        ("-" in cell.replace("_", "-") and _TAG_SHAPED.fullmatch(cell) is not None)
    return shaped and langcodes.tag_is_valid(cell.replace("_", "-"))


ACRONYM = st.sampled_from(["UN", "ONU", "EU", "UE", "WHO", "OMS", "ILO", "OIT", "UNDP", "PNUD", "FAO", "NU"])
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


def test_the_shipped_glossary_is_read_as_translate_toolkit_reads_it():
    store = tbxfile(GLOSSARY.open("rb"), sourcelanguage="fr", targetlanguage="en")
    reference = [(unit.getid(), [(t.text, t.administrative_status) for t in unit.get_source_terms()],
                  [(t.text, t.administrative_status) for t in unit.get_target_terms("en")]) for unit in store.units]
    ours = [(e.id, [(t.text, t.status) for t in e.source], [(t.text, t.status) for t in e.target])
            for e in read_glossary(GLOSSARY, "fr", "en").entries]
    status = {"preferredTerm-admn-sts": TermStatus.PREFERRED, "admittedTerm-admn-sts": TermStatus.ADMITTED,
              "deprecatedTerm-admn-sts": TermStatus.FORBIDDEN}
    assert len(reference) == len(REQUIRED) == len(ours)
    assert ours == [(i, [(t, status[s]) for t, s in src], [(t, status[s]) for t, s in tgt]) for i, src, tgt in reference]


_TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="fr-FR"><termSec><term>pays les moins avancés</term></termSec></langSec>
      <langSec xml:lang="en-GB">
        <termSec><term>least developed countries</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>LDCs</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="es"><termSec><term>países menos adelantados</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>"""

_NTIG = """<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="e1">
    <langSet xml:lang="FR"><ntig><termGrp><term>États  Membres</term></termGrp></ntig></langSet>
    <langSet xml:lang="en"><ntig><termGrp><term>Member States</term>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig></langSet>
  </termEntry>
</body></text></martif>"""


def test_tbx3_ntig_and_regional_language_tags(tmp_path):
    (tmp_path / "v3.tbx").write_text(_TBX3, encoding="utf-8")
    (entry,) = read_glossary(tmp_path / "v3.tbx", "fr", "en").entries
    assert entry.id == "c1" and entry.name == "pays les moins avancés"
    assert [(t.text, t.status) for t in entry.target] == [
        ("least developed countries", TermStatus.PREFERRED), ("LDCs", TermStatus.ADMITTED)]
    (tmp_path / "ntig.tbx").write_text(_NTIG, encoding="utf-8")
    (entry,) = read_glossary(tmp_path / "ntig.tbx", "fr", "en").entries
    assert (entry.name, [(t.text, t.status) for t in entry.target]) == (
        "États Membres", [("Member States", TermStatus.FORBIDDEN)])


def test_a_tbx_name_on_other_xml(tmp_path):
    (tmp_path / "tm.tbx").write_text('<tmx version="1.4"><body/></tmx>', encoding="utf-8")
    with pytest.raises(InputError, match=r"not a TBX file: its root element is <tmx>"):
        read_glossary(tmp_path / "tm.tbx", "fr", "en")


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
    with pytest.raises(InputError, match="no such file"):
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


def pairs(glossary):
    return [(e.name, [(t.text, t.status.value) for t in e.target]) for e in glossary.entries]


def test_a_header_in_the_other_order_is_read_in_its_order(tmp_path):
    glossary = tmp_path / "fr-en.csv"
    glossary.write_text("fr,en\ncoopération triangulaire,triangular cooperation\nÉtats Membres,Member States\n", encoding="utf-8")
    read = read_glossary(glossary, "en", "fr")
    assert [(e.name, e.rendering) for e in read.entries] == [
        ("triangular cooperation", "coopération triangulaire"), ("Member States", "États Membres"),
    ]
    assert read.warnings == ()


@pytest.mark.parametrize("header", ["French,English", "FR,EN", "fr-FR,en-GB", "Français,Anglais", "fr_FR,EN-us", "target,source"])
def test_a_header_names_the_languages_in_any_case_or_form(tmp_path, header):
    glossary = tmp_path / "g.csv"
    glossary.write_text(f"{header}\nGroupe des 77,Group of 77\n", encoding="utf-8")
    assert pairs(read_glossary(glossary, "en", "fr")) == [("Group of 77", [("Groupe des 77", "preferred")])]


def test_a_header_is_never_a_term(tmp_path):
    for header in ("fr,en", "en,fr", "English;French", "source;target", "Term;Translation;Status", "fr,en,status"):
        delimiter = ";" if ";" in header else ","
        glossary = tmp_path / "g.csv"
        glossary.write_text(f"{header}\nGroupe des 77{delimiter}Group of 77\n", encoding="utf-8")
        for source, target in (("fr", "en"), ("en", "fr")):
            names = {e.name for e in read_glossary(glossary, source, target).entries} | {
                t.text for e in read_glossary(glossary, source, target).entries for t in e.target}
            assert names == {"Groupe des 77", "Group of 77"}, (header, source, target)


def test_language_names_and_a_status_column_by_name(tmp_path):
    glossary = tmp_path / "g.csv"
    glossary.write_text("English;Status;French;Spanish\nMember States;admitted;États Membres;Estados Miembros\n"
                        "Secretary-General;;Secrétaire général;\n", encoding="utf-8")
    assert pairs(read_glossary(glossary, "en", "fr")) == [
        ("Member States", [("États Membres", "admitted")]), ("Secretary-General", [("Secrétaire général", "preferred")]),
    ]
    # the Spanish column is a hole for the Secretary-General: that row has no en-es pair
    assert pairs(read_glossary(glossary, "en", "es")) == [("Member States", [("Estados Miembros", "admitted")])]


def test_a_french_excel_export_semicolons_bom_and_windows_1252(tmp_path):
    rows = "FR;EN\ncoopération triangulaire;triangular cooperation\nÉtats Membres;Member States;forbidden\n"
    expected = [("coopération triangulaire", [("triangular cooperation", "preferred")]),
                ("États Membres", [("Member States", "forbidden")])]
    glossary = tmp_path / "glossaire.csv"  # .csv, yet ";"-delimited: the extension does not say
    for data in (rows.encode("cp1252"), b"\xef\xbb\xbf" + rows.encode("cp1252")):  # Excel's "CSV", a BOM or not
        glossary.write_bytes(data)
        read = read_glossary(glossary, "fr", "en")
        assert pairs(read) == expected
        assert read.warnings == (f"{glossary}: the glossary is not UTF-8 (line 2); it was read as Windows-1252, as "
                                 "Excel writes it in western locales: check its accented terms, or save it as UTF-8",)
    glossary.write_bytes(b"\xef\xbb\xbf" + rows.replace("\n", "\r\n").encode("utf-8"))  # Excel's "CSV UTF-8"
    read = read_glossary(glossary, "fr", "en")
    assert pairs(read) == expected and read.warnings == ()


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    glossary = tmp_path / "glossary.txt"
    glossary.write_bytes("English\tFrench\r\nMember States\tÉtats Membres\r\n".encode("utf-16"))  # with its BOM
    read = read_glossary(glossary, "fr", "en")
    assert [(e.name, e.rendering) for e in read.entries] == [("États Membres", "Member States")] and read.warnings == ()


def test_not_utf8_nor_windows_1252_is_refused(tmp_path):
    glossary = tmp_path / "g.csv"
    glossary.write_bytes("a;b\n".encode("ascii") + b"\x81\x8d;x\n")  # bytes cp1252 leaves undefined
    with pytest.raises(InputError, match=r"g.csv:2: the glossary is not UTF-8; save it as UTF-8"):
        read_glossary(glossary, "fr", "en")


def test_a_header_of_other_languages_is_an_error_that_names_them(tmp_path):
    glossary = tmp_path / "de-it.csv"
    glossary.write_text("de;it\nMitgliedstaaten;Stati membri\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"de-it.csv:1: row 1, the header, names 'de', 'it' and no en nor fr column.*"
                                         r"head its columns en and fr"):
        read_glossary(glossary, "en", "fr")
    glossary.write_text("English;German\nMember States;Mitgliedstaaten\n", encoding="utf-8")
    with pytest.raises(InputError, match="names 'German' and no fr column"):
        read_glossary(glossary, "en", "fr")
    glossary.write_text("Deutsch,Englisch,Status\nMitgliedstaaten,Member States,preferred\n", encoding="utf-8")
    with pytest.raises(InputError, match="names 'Deutsch', 'Englisch' and no en nor fr column"):
        read_glossary(glossary, "en", "fr")


def test_a_first_row_of_terms_that_names_one_language_twice_is_a_term(tmp_path):
    glossary = tmp_path / "g.csv"
    glossary.write_text("English,anglais\nFrench,français\n", encoding="utf-8")
    assert [(e.name, e.rendering) for e in read_glossary(glossary, "en", "fr").entries] == [
        ("English", "anglais"), ("French", "français")]


@pytest.mark.parametrize("first", [("UN", "ONU"), ("EU", "UE"), ("WHO", "OMS"), ("UNDP", "PNUD"), ("FAO", "FAO")])
def test_a_first_row_of_acronyms_is_a_row_of_terms_not_a_header(tmp_path, first):
    glossary = tmp_path / "g.csv"
    glossary.write_text(",".join(first) + "\nMember States,États Membres\n", encoding="utf-8")
    assert [(e.name, e.rendering) for e in read_glossary(glossary, "en", "fr").entries] == [
        first, ("Member States", "États Membres")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.tuples(TERM | ACRONYM, TERM | ACRONYM), min_size=1, max_size=8,
                  unique_by=lambda pair: pair[0].strip()),
    delimiter=st.sampled_from([",", ";", "\t"]),
    header=st.sampled_from([None, ("fr", "en"), ("en", "fr"), ("French", "English"), ("EN", "FR-fr")]),
    suffix=st.sampled_from([".csv", ".tsv", ".txt"]),
)
def test_any_glossary_round_trips(tmp_path, rows, delimiter, header, suffix):
    # without a header, a first row of two language codes ("fr;en", "EN;FR-fr") is one, by design
    assume(header is not None or not all(_language_code(cell) for cell in rows[0]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    flip = header is not None and header[0].lower().startswith("en")
    if header is not None:
        writer.writerow(header)
    writer.writerows((target, source) if flip else (source, target) for source, target in rows)
    glossary = tmp_path / f"g{suffix}"
    glossary.write_text(out.getvalue(), encoding="utf-8")
    read = read_glossary(glossary, "fr", "en")
    assert [(e.name, e.rendering) for e in read.entries] == [(s.strip(), t.strip()) for s, t in rows]
