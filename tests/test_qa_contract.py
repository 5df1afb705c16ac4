"""What every QA check must do; each registered check inherits these tests.

Each check has a planted input made for it (``planted_for``): a defect it must find.  The contract is asserted
on what it finds there, and a check that finds nothing on its own defect fails.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from align.aligner import align_documents
from align.glossary import read_glossary
from align.model import Severity, TmxHeader, TmxUnit, Variant
from align.reading.text import parse_text
from align.qa.base import Check, QaContext
from align.qa.registry import CHECKS, describe, select
from align.srx import default_rules
from align.terms import terms_of_alignment
from tmx.index import TmIndex
from tmx.writer import write_tmx

from .conftest import EN, FR, SOURCES, planted_french


@pytest.fixture(scope="module")
def clean(fr_doc, en_doc):
    contexts = []
    for original, translation in ((en_doc, fr_doc), (fr_doc, en_doc)):
        alignment = align_documents(original, translation, default_rules())
        glossary = read_glossary(SOURCES / "glossary.tbx", original.language, translation.language)
        contexts.append(QaContext(alignment, terms_of_alignment(alignment, glossary)))
    return contexts


@pytest.fixture(scope="module")
def planted(en_doc):
    french = parse_text(planted_french(), language="fr", path="planted.fr.txt")
    alignment = align_documents(en_doc, french, default_rules())
    return QaContext(alignment, terms_of_alignment(alignment, read_glossary(SOURCES / "glossary.tbx", "en", "fr")))


def _french(en_doc, text: str, name: str) -> QaContext:
    """The English original against a French translation changed into ``text``."""
    assert text != FR.read_text(encoding="utf-8"), f"{name}: the defect was not planted"
    return QaContext(align_documents(en_doc, parse_text(text, language="fr", path=f"{name}.fr.txt"), default_rules()))


def _missing_footnote(en_doc) -> QaContext:
    """Footnote 7 and its call in OP11 left out."""
    text = FR.read_text(encoding="utf-8")
    text = text[:text.index("_______________ \n7 Rapport")].replace("en développement7.", "en développement.")
    return _french(en_doc, text, "no-fn7")


def _untranslated(en_doc) -> QaContext:
    """OP9 left in English."""
    text, english = FR.read_text(encoding="utf-8"), EN.read_text(encoding="utf-8")
    op9 = english[english.index(" 9. Calls upon"):english.index(" 10. Recognizes")]
    rest = text.index("_______________ \n4 Rapport")
    return _french(en_doc, text[:text.index(" 9. Demande")] + op9 + text[rest:], "english-op9")


def _length_outlier(fr_doc) -> QaContext:
    """The French original against an English translation with most of OP9 left out."""
    text = EN.read_text(encoding="utf-8").replace(
        "financial resources for supporting South-South cooperation initiatives;", "financial resources;"
    ).replace("to intensify their efforts to mainstream effectively the use of \nSouth-South cooperation in the design, "
              "formulation and implementation of their \nregular programmes and to consider increasing allocations of "
              "human, technical and \n", "")
    assert text.count("\n") < EN.read_text(encoding="utf-8").count("\n"), "the defect was not planted"
    return QaContext(align_documents(fr_doc, parse_text(text, language="en", path="cut.en.txt"), default_rules()))


def _tm_inconsistency(en_doc, fr_doc, folder) -> QaContext:
    """A TM that translated OP1's sentence otherwise: an exact match translated differently."""
    alignment = align_documents(en_doc, fr_doc, default_rules())
    op1 = next(pair for pair in alignment.pairs if pair.unit_id == "OP1")
    [link] = op1.links
    source = " ".join(op1.source.sentences[i].text for i in link.source)
    earlier = "Prend note du rapport du Secrétaire général relatif à la promotion de la coopération Sud-Sud ;"
    path = folder / "earlier.tmx"
    with path.open("wb") as stream:
        write_tmx(stream, TmxHeader(srclang="en", segtype="sentence", creationdate="20020101T000000Z",
                                    creationtoolversion="test"),
                  [TmxUnit("earlier-1", (Variant("en", source), Variant("fr", earlier)))])
    return QaContext(alignment, tm=TmIndex.build(path))


@pytest.fixture(scope="module")
def planted_for(planted, en_doc, fr_doc, tmp_path_factory) -> Iterator[dict[str, tuple[QaContext, str]]]:
    """Check id -> an input with a defect that check must find, and the unit the defect is in."""
    consistency = _tm_inconsistency(en_doc, fr_doc, tmp_path_factory.mktemp("contract-tm"))
    yield {
        "structure": (planted, "OP5"),  # OP5 removed
        "footnotes": (_missing_footnote(en_doc), "OP11"),
        "numbers": (planted, "OP8"),  # 3,5 millions -> 35 millions
        "dates": (planted, "PP3"),  # 19 -> 18 septembre
        "symbols": (planted, "FN6"),  # DP/2003/2 -> DP/2003/3
        "terminology": (planted, "OP3"),  # coopération triangulaire -> trilatérale
        "untranslated": (_untranslated(en_doc), "OP9"),
        "length": (_length_outlier(fr_doc), "OP9"),
        "typography": (planted, "OP1"),  # an ordinary space before ;
        "consistency": (consistency, "OP1"),
    }
    consistency.tm.close()


@pytest.mark.parametrize("check_class", CHECKS, ids=[c.id for c in CHECKS])
class TestEveryCheck:
    def test_it_is_described(self, check_class):
        assert issubclass(check_class, Check)
        assert check_class.id and check_class.id.isidentifier()
        assert isinstance(check_class.severity, Severity)
        assert len(check_class.description) > 30
        assert check_class.id in describe()

    def test_no_error_on_the_clean_pair_either_way(self, check_class, clean):
        for context in clean:
            assert [f for f in check_class().run(context) if f.severity is Severity.ERROR] == []

    def test_it_finds_its_planted_defect_and_names_a_unit_and_what_to_do(self, check_class, planted_for):
        assert check_class.id in planted_for, f"plant a defect for the {check_class.id} check in planted_for"
        context, unit = planted_for[check_class.id]
        findings = list(check_class().run(context))
        # the planted defect, in its unit, at the check's own severity: a check that stops finding fails here
        assert (check_class.severity, unit) in {(f.severity, f.unit) for f in findings}, findings
        units = {p.unit_id for p in context.alignment.pairs} | {"document"}
        for finding in findings:
            assert finding.check == check_class.id
            assert finding.unit in units
            assert finding.unit == "document" or finding.unit in finding.message
            # a check's severity is the most it reports (some findings are said less severely)
            assert _rank(finding.severity) >= _rank(check_class.severity)
            assert ";" in finding.message or finding.severity is Severity.INFO


def _rank(severity: Severity) -> int:
    return list(Severity).index(severity)


def test_ids_are_unique_and_selectable():
    assert len({c.id for c in CHECKS}) == len(CHECKS)
    assert [c.id for c in select(["numbers", "dates"])] == ["numbers", "dates"]


def test_planted_defects_each_in_its_unit_and_nothing_else_is_an_error(planted):
    from align.qa.registry import run_checks

    errors = {(f.check, f.unit) for f in run_checks(planted, select()) if f.severity is Severity.ERROR}
    assert errors == {
        ("structure", "OP5"), ("numbers", "OP8"), ("symbols", "FN6"), ("terminology", "OP3"), ("dates", "PP3"),
    }
