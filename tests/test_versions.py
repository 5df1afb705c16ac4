"""Several versions at once: the links of each pair composed into TUs that hold every language."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from align.cli import main
from align.memory import Doubt, version_units
from align.model import Alignment, Document, LinkReason, SegmentedUnit, Sentence, SentenceLink, Unit, UnitKind, UnitPair
from align.versions import Versions, paragraph_spans, sentence_spans
from tmx.check import check_tmx

from .conftest import EN, FR, shared


def _unit(uid: str, sentences: list[str]) -> SegmentedUnit:
    text, spans = "", []
    for sentence in sentences:
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        spans.append(Sentence(sentence, start, len(text)))
    return SegmentedUnit(Unit(uid, UnitKind.OPERATIVE, text, (1,)), tuple(spans))


def _document(language: str, units: list[SegmentedUnit]) -> Document:
    return Document("A/RES/1/1", language, "t", tuple(u.unit for u in units), path=f"doc.{language}")


def _version(source: SegmentedUnit, language: str, groups: list[tuple[tuple[int, ...], int]],
             confidence: float = 0.9) -> Alignment:
    """A version of ``source`` whose links take the source sentences of each group to that many sentences."""
    sentences, links = [], []
    for number, (source_part, count) in enumerate(groups):
        made = [f"{language}{number}.{k}" for k in range(count)]
        links.append(SentenceLink(source_part, tuple(range(len(sentences), len(sentences) + count)), confidence,
                                  LinkReason.LENGTH))
        sentences += made
    target = _unit(source.unit.id, sentences)
    pair = UnitPair(source.unit.id, source, target, tuple(links), confidence)
    return Alignment(_document("en", [source]), _document(language, [target]), (pair,), 1.0)


SOURCE = _unit("OP1", ["A.", "B.", "C."])


def test_spans_follow_the_widest_link_and_leave_out_a_partial_translation():
    one = _version(SOURCE, "fr", [((0,), 1), ((1,), 1), ((2,), 1)])
    joined = _version(SOURCE, "es", [((0, 1), 1), ((2,), 1)])  # two sentences in one
    dropped = _version(SOURCE, "ru", [((0,), 1), ((1,), 0), ((2,), 1)])  # B. left untranslated
    versions = Versions(one.source, (one, joined, dropped))
    spans = list(sentence_spans(versions))
    assert [(s.unit_id, s.number, s.source) for s in spans] == [("OP1", 1, "A. B."), ("OP1", 2, "C.")]
    first, second = spans
    assert [r.text if r else None for r in first.renderings] == ["fr0.0 fr1.0", "es0.0", None]
    assert [r.text if r else None for r in second.renderings] == ["fr2.0", "es1.0", "ru2.0"]
    (paragraph,) = paragraph_spans(versions)
    assert paragraph.number == 0 and [r.text for r in paragraph.renderings] == [
        "fr0.0 fr1.0 fr2.0", "es0.0 es1.0", "ru0.0 ru2.0"]


def test_doubt_sets_apart_one_version_not_the_unit():
    sure = _version(SOURCE, "fr", [((0,), 1), ((1,), 1), ((2,), 1)], 0.9)
    unsure = _version(SOURCE, "ru", [((0,), 1), ((1,), 1), ((2,), 1)], 0.3)
    versions = Versions(sure.source, (sure, unsure))
    kept = list(version_units(versions, sentence_spans(versions), ("en", "fr", "ru"), Doubt()))
    apart = list(version_units(versions, sentence_spans(versions), ("en", "fr", "ru"), Doubt(), review=True))
    assert [[v.lang for v in u.variants] for u in kept] == [["en", "fr"]] * 3
    assert [[v.lang for v in u.variants] for u in apart] == [["en", "ru"]] * 3
    flagged = list(version_units(versions, sentence_spans(versions), ("en", "fr", "ru"), Doubt(flag=True)))
    assert [[v.lang for v in u.variants] for u in flagged] == [["en", "fr", "ru"]] * 3
    assert flagged[0].prop("x-review") == "ru: confidence under 0.5" and flagged[0].prop("x-confidence") == "0.300"
    assert flagged[0].prop("x-confidence-fr") == "0.900" and flagged[0].tuid == "A/RES/1/1:OP1:1"


@st.composite
def _grouping(draw, count: int):
    """Consecutive groups of ``count`` source sentences, each rendered by 0 to 2 sentences."""
    groups, start = [], 0
    while start < count:
        size = draw(st.integers(1, min(3, count - start)))
        groups.append((tuple(range(start, start + size)), draw(st.integers(0, 2))))
        start += size
    return groups


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 7).flatmap(lambda n: st.tuples(st.just(n), st.lists(_grouping(n), min_size=1, max_size=4))))
def test_spans_partition_the_source_and_hold_whole_translations_only(case):
    count, groupings = case
    source = _unit("OP1", [f"S{i}." for i in range(count)])
    alignments = tuple(_version(source, f"l{k}", groups) for k, groups in enumerate(groupings))
    spans = list(sentence_spans(Versions(alignments[0].source, alignments)))
    assert " ".join(s.source for s in spans) == source.unit.text  # every sentence once, in order
    covered = [[int(p[1:-1]) for p in s.source.split()] for s in spans]
    for groups, position in zip(groupings, range(len(alignments))):
        for group, made in groups:  # no link with a translation straddles two spans
            assert not made or any(set(group) <= set(span) for span in covered)
        for span, composed in zip(covered, spans):
            rendering = composed.renderings[position]
            # whole: every sentence of the span is in a group that has a translation
            whole = all(any(i in group and made for group, made in groups) for i in span)
            assert (rendering is not None) == whole
            if rendering is not None:
                numbers = [n for n, (group, _) in enumerate(groups) if set(group) <= set(span)]
                expected = [f"l{position}{n}.{k}" for n in numbers for k in range(groups[n][1])]
                assert rendering.text == " ".join(expected)


UNXML = ("English/A_RES_79_236-2424614E.xml", "Arabic/A_RES_79_236-2424614A.xml", "Chinese/A_RES_79_236-2424614C.xml",
         "French/A_RES_79_236-2424614F.xml", "Russian/A_RES_79_236-2424614R.xml", "Spanish/A_RES_79_236-2424614S.xml")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    """A/RES/79/236 in its six versions (the UN's Akoma Ntoso files), aligned in one run with --pairs."""
    paths = [shared("corpus", "unxml", "79session", *name.split("/")) for name in UNXML]
    out = tmp_path_factory.mktemp("six")
    assert main(["align", *map(str, paths), "--out", str(out), "--pairs", "--date", "20250101T000000Z"]) == 0
    return out


def test_six_versions_give_one_memory_of_every_language(six, spec_dir):
    tree = etree.parse(str(six / "A_RES_79_236.en-ar-zh-fr-ru-es.tmx"))
    units = list(tree.iter("tu"))
    languages = [[tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.iter("tuv")] for tu in units]
    assert len(units) > 60 and all(tuv[0] == "en" for tuv in languages)
    assert sum(len(tuv) == 6 for tuv in languages) >= 0.95 * len(units)
    dtd, xsd = etree.DTD(str(spec_dir / "tmx14.dtd")), etree.XMLSchema(etree.parse(str(spec_dir / "tmx14.xsd")))
    for path in six.glob("*.tmx"):
        tree = etree.parse(str(path))
        assert dtd.validate(tree), (path, dtd.error_log)
        assert xsd.validate(tree), (path, xsd.error_log)
        assert check_tmx(path) == [], path
    for pair in ("ar", "zh", "fr", "ru", "es"):  # each pair's files, as two versions give them
        for name in ("tmx", "paragraphs.tmx", "alignment.json", "qa.json"):
            assert (six / f"A_RES_79_236.en-{pair}.{name}").is_file()
    page = (six / "A_RES_79_236.en-ar-zh-fr-ru-es.html").read_text(encoding="utf-8")
    assert page.count('class="version"') == 5 and 'id="fr-unit-OP1"' in page and 'id="zh-unit-OP1"' in page


def test_the_same_language_twice_or_another_document_is_refused(tmp_path, capsys):
    copy = tmp_path / "A_RES_57_263.fr2.txt"
    shutil.copy(FR, copy)
    assert main(["align", str(EN), str(FR), str(copy), "--tgt-lang", "fr,fr", "--out", str(tmp_path / "o")]) == 2
    assert f"{copy}: it is in 'fr', as {FR} is; give each language once" in capsys.readouterr().err
    other = shared("corpus", "unxml", "79session", "Spanish", "A_RES_79_236-2424614S.xml")
    assert main(["align", str(EN), str(FR), str(other), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert f"{other} is A/RES/79/236" in err and not (tmp_path / "o").exists()
