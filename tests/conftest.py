from __future__ import annotations

import json
from pathlib import Path

import pytest

from align.parse import read_document

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
FR = SOURCES / "A_RES_57_263.fr.txt"
EN = SOURCES / "A_RES_57_263.en.txt"
UNIT_IDS = (
    ["title", "intro", "PP1", "PP2", "PP3"]
    + [f"OP{n}" for n in range(1, 12)]
    + ["meeting", "date"]
    + [f"FN{n}" for n in range(1, 8)]
)


def golden(language: str) -> dict:
    return json.loads((DATA / "golden" / f"A_RES_57_263.{language}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fr_doc():
    return read_document(FR)


@pytest.fixture(scope="session")
def en_doc():
    return read_document(EN)


@pytest.fixture(scope="session")
def spec_dir() -> Path:
    spec = SHARED / "spec"
    if not (spec / "tmx14.dtd").exists():
        pytest.skip("../shared/spec is not here: DTD and XSD validation skipped")
    return spec


@pytest.fixture(scope="session")
def untm_tmx(tmp_path_factory) -> Path:
    """The sentence TMX untm writes for A/RES/57/263."""
    from align.job import AlignJob, run_align

    out = tmp_path_factory.mktemp("untm-tmx")
    run_align(AlignJob(FR, EN, out, "20021220T000000Z"))
    return out / "A_RES_57_263.fr-en.tmx"
