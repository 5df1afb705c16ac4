"""SRX 2.0 rules: untm's defaults on UN text, a CAT tool's own rules, broken files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align.errors import SegmentationRulesError
from align.srx import Segmenter, default_rules, load_srx, parse_srx

from .conftest import DATA, required

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")


def split(text, language="en", rules=None):
    segmenter = Segmenter(rules or default_rules(), language)
    return [text[a:b] for a, b in segmenter.spans(text)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Ibid., para. 43. See also chap. IV.", ["Ibid., para. 43.", "See also chap. IV."]),
        ("fr", "Ibid. par. 43. Voir aussi le chap. IV.", ["Ibid. par. 43.", "Voir aussi le chap. IV."]),
        (
            "en",
            "United Nations publication, Sales No. E.02.II.A.7, chap. I, resolution 1, annex. Noted.",
            ["United Nations publication, Sales No. E.02.II.A.7, chap. I, resolution 1, annex.", "Noted."],
        ),
        ("en", "See A/57/444 and Corr. 1 and Add. 2 and Rev. 1. Done.", ["See A/57/444 and Corr. 1 and Add. 2 and Rev. 1.", "Done."]),
        ("en", "To enhance, inter alia, South-South cooperation. It decides.", ["To enhance, inter alia, South-South cooperation.", "It decides."]),
        ("en", "Report No. 5 was issued. Mr. Annan spoke!", ["Report No. 5 was issued.", "Mr. Annan spoke!"]),
        ("fr", "M. Annan a parlé. Mme Robinson aussi.", ["M. Annan a parlé.", "Mme Robinson aussi."]),
        ("es", "Véase el párr. 4. El Sr. Annan habló.", ["Véase el párr. 4.", "El Sr. Annan habló."]),
        # as the UN's Spanish footnotes cite (A/RES/79/160, FN5): "secc." ends no sentence
        ("es", "Documentos Oficiales, cap.\u00a0II, secc.\u00a0A. Aprobado.",
         ["Documentos Oficiales, cap.\u00a0II, secc.\u00a0A.", "Aprobado."]),
        ("ru", "См. п. 4. Он выступил.", ["См. п. 4.", "Он выступил."]),
        # as the UN's Russian footnotes cite (A/RES/79/168, FN12): "гл.", "разд.", "т.", "прил." end no sentence
        ("ru", "См. A/CONF.157/24 (Part I), гл. III, разд. IV, т. 2220, прил. I. Принято.",
         ["См. A/CONF.157/24 (Part I), гл. III, разд. IV, т. 2220, прил. I.", "Принято."]),
        ("zh", "大会通过了决议。秘书长发言。", ["大会通过了决议。", "秘书长发言。"]),
        ("ar", "هل وافقت؟ نعم.", ["هل وافقت؟", "نعم."]),
    ],
)
def test_default_rules_know_un_abbreviations(language, text, expected):
    assert split(text, language) == expected


def test_segments_cover_the_text_but_its_spaces():
    text = "  One.   Two?  Three!  "
    segmenter = Segmenter(default_rules(), "en")
    spans = segmenter.spans(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two?", "Three!"]
    assert "".join(text[a:b] for a, b in spans) == "".join(text.split())


def test_cascade_no_uses_the_first_matching_map_only():
    rules = load_srx(DATA / "srx" / "first-map-only.srx")
    assert not rules.cascade
    assert split("One. e.g. two. Ibid. three. Four.", "en-US", rules) == ["One.", "e.g. two.", "Ibid. three.", "Four."]
    assert split("One. Two.", "fr", rules) == ["One. Two."]


def test_broken_rules_are_refused_with_the_file_named():
    with pytest.raises(SegmentationRulesError, match="bad-regex.srx: rule '\\[.'"):
        Segmenter(load_srx(DATA / "srx" / "bad-regex.srx"), "en")
    with pytest.raises(SegmentationRulesError, match="SRX 2.0 namespace"):
        load_srx(DATA / "srx" / "srx10.srx")
    with pytest.raises(SegmentationRulesError, match="not well-formed"):
        parse_srx(b"<srx", "cut.srx")
    with pytest.raises(SegmentationRulesError, match="absent.srx: no such file"):
        load_srx(DATA / "srx" / "absent.srx")


def test_the_signature_names_the_rules_and_their_hash():
    assert default_rules().signature.startswith("un.srx@sha256:")


def test_omegat_default_rules_load_and_segment(tmp_path):
    required(OMEGAT_JAR.exists(), "OmegaT", "apt-get install omegat")
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        data = jar.read("org/omegat/core/segmentation/defaultRules.srx")
    rules = parse_srx(data, "defaultRules.srx")
    # OmegaT's French rules know "M." but not "par.": its segments differ from
    # untm's defaults there, which is why --srx exists.
    assert split("Ibid. par. 43. Voir M. Dupont. Fin.", "fr", rules) == ["Ibid. par.", "43.", "Voir M. Dupont.", "Fin."]
    assert split("See e.g. the report. Then stop.", "en", rules) == ["See e.g. the report.", "Then stop."]


def _reference_breaks(segmenter, text):
    """The SRX definition, literally: at every position the first matching rule decides."""
    found = []
    for position in range(1, len(text)):
        for pattern, breaks in segmenter._compiled:
            if pattern.match(text, position):
                if breaks:
                    found.append(position)
                break
    return found


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(list("Ab. ?!;,\n1éM") + ["para. ", "Ibid. ", "No. ", "Mr. ", "。", "؟ "]),
                    max_size=40).map("".join),
       language=st.sampled_from(["en", "fr", "es", "ru", "zh", "ar"]))
def test_breaks_follow_the_srx_definition(text, language):
    segmenter = Segmenter(default_rules(), language)
    assert segmenter.breaks(text) == _reference_breaks(segmenter, text)
