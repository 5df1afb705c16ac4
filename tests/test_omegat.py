"""A real CAT tool loads untm's TMX: OmegaT pre-translates A/RES/57/263 from it.

OmegaT 3.6 (Debian package ``omegat``) translates a project without a display
in console mode, inserting the translations of the TMX files in ``tm/auto/``
for every segment whose source matches exactly.  Under CI (``CI=true``) this
test must run; elsewhere it is skipped when OmegaT is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from align.job import AlignJob, run_align
from align.memory import Doubt, doubtful
from align.reading import read_document

from .conftest import EN, FR

OMEGAT = shutil.which("omegat")
OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
RULES_IN_JAR = "org/omegat/core/segmentation/defaultRules.srx"

if not (OMEGAT and OMEGAT_JAR.exists()):
    if os.environ.get("CI") == "true":
        raise RuntimeError("OmegaT is required under CI: .ci/run must apt-get install omegat")
    pytest.skip("OmegaT is not installed: apt-get install omegat", allow_module_level=True)

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes><mask>**/.svn/**</mask></source_dir_excludes>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>FR</source_lang>
    <target_lang>EN</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def pretranslate(tmp_path: Path, srx: Path | None) -> dict[str, str]:
    """OmegaT's translation of each paragraph of the French text, by unit id."""
    out = tmp_path / "untm"
    # every link in the TM, the doubtful flagged: OmegaT's rules cut "20 December 2002" in two, and the
    # date's one-to-two link is doubted and would otherwise be set apart for review
    run_align(AlignJob(FR, EN, out, "20021220T000000Z", srx=srx, doubt=Doubt(flag=True)))
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT, encoding="utf-8")
    shutil.copy(out / "A_RES_57_263.fr-en.tmx", project / "tm" / "auto")
    french = read_document(FR)
    (project / "source" / "resolution.txt").write_text(
        "\n\n".join(unit.text for unit in french.units) + "\n", encoding="utf-8"
    )
    subprocess.run(
        [OMEGAT, "--mode=console-translate", f"--config-dir={tmp_path / 'config'}", "--quiet", str(project)],
        check=True, capture_output=True, timeout=300,
    )
    target = (project / "target" / "resolution.txt").read_text(encoding="utf-8")
    paragraphs = target.rstrip("\n").split("\n\n")
    assert len(paragraphs) == len(french.units)
    return dict(zip(french.ids(), paragraphs))


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    document = read_document(EN)
    return {unit.id: unit.text for unit in document.units}


def test_with_omegats_own_rules_every_paragraph_is_pretranslated(tmp_path, english):
    srx = tmp_path / "defaultRules.srx"
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        srx.write_bytes(jar.read(RULES_IN_JAR))
    translated = pretranslate(tmp_path, srx)
    assert translated == english


def test_with_untm_default_rules_the_footnotes_with_abbreviations_differ(tmp_path, english):
    """OmegaT's rules split after "chap." and "par."; untm's do not, so those segments have no exact match."""
    translated = pretranslate(tmp_path, None)
    differing = sorted(uid for uid in english if translated[uid] != english[uid])
    assert differing == ["FN4", "FN5", "FN7"]


SIX = ("English/A_RES_79_236-2424614E.xml", "Arabic/A_RES_79_236-2424614A.xml", "Chinese/A_RES_79_236-2424614C.xml",
       "French/A_RES_79_236-2424614F.xml", "Russian/A_RES_79_236-2424614R.xml", "Spanish/A_RES_79_236-2424614S.xml")
TOKENIZER = {"EN": "LuceneEnglishTokenizer", "FR": "LuceneFrenchTokenizer", "ZH": "LuceneSmartChineseTokenizer",
             "RU": "LuceneRussianTokenizer", "AR": "LuceneArabicTokenizer", "ES": "LuceneSpanishTokenizer"}


@pytest.mark.parametrize("target", ["fr", "zh"])
def test_a_six_language_memory_pretranslates_any_target(tmp_path, target):
    """A/RES/79/236 in its six versions (the UN's Akoma Ntoso files), one TMX: OmegaT translating the
    English into French, or into Chinese, takes its translations from it."""
    from align.versions_job import VersionsJob, run_versions

    from .conftest import shared

    paths = [shared("corpus", "unxml", "79session", *name.split("/")) for name in SIX]
    srx = tmp_path / "defaultRules.srx"
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        srx.write_bytes(jar.read(RULES_IN_JAR))
    out = tmp_path / "untm"
    result = run_versions(VersionsJob(paths[0], tuple(paths[1:]), out, "20250101T000000Z", srx=srx))
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    settings = (PROJECT.replace("<source_lang>FR", "<source_lang>EN").replace("<target_lang>EN", f"<target_lang>{target.upper()}")
                .replace("LuceneFrenchTokenizer", TOKENIZER["EN"]).replace("LuceneEnglishTokenizer", TOKENIZER[target.upper()]))
    (project / "omegat.project").write_text(settings, encoding="utf-8")
    shutil.copy(out / "A_RES_79_236.en-ar-zh-fr-ru-es.tmx", project / "tm" / "auto")
    source = result.versions.source
    (project / "source" / "resolution.txt").write_text("\n\n".join(u.text for u in source.units) + "\n", encoding="utf-8")
    subprocess.run([OMEGAT, "--mode=console-translate", f"--config-dir={tmp_path / 'config'}", "--quiet", str(project)],
                   check=True, capture_output=True, timeout=300)
    translated = (project / "target" / "resolution.txt").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    alignment = next(a for a in result.versions.alignments if a.target.language == target)
    official = {p.unit_id: p.target.unit.text for p in alignment.pairs if p.paired}
    assert len(translated) == len(source.units)
    # what is not pre-translated is what the memory set apart for review in this language (OmegaT's rules cut
    # the date otherwise than untm reading them does, and the link is doubted), ...
    links, units = doubtful(alignment, Doubt())
    doubted = set(units) | {link.rsplit(":", 1)[0] for link in links}
    # (or what OmegaT cuts otherwise, "vol. 1771, No. 30822.", and so leaves as it is)
    differ = [unit.id for unit, text in zip(source.units, translated) if official.get(unit.id) != text]
    untouched = {unit.id for unit, text in zip(source.units, translated) if text == unit.text}
    assert set(differ) <= doubted | untouched and len(differ) <= 0.1 * len(source.units), (differ, sorted(doubted))
