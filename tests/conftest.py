from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from align.reading import read_document

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


def shared(*parts: str) -> Path:
    """A path in ../shared; the test is skipped where it is not here, and fails under CI=true."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"../shared/{'/'.join(parts)} is not here"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI must have it)")
        pytest.skip(message)
    return path


def session(language: str, symbol: str):
    """The English of a resolution of the 79th session and its version in ``language`` (``French``...), as the
    UN's Akoma Ntoso files hold them (source: United Nations)."""
    from align.reading import read_document

    folder = shared("corpus", "unxml", "79session")
    return tuple(read_document(next((folder / name).glob(f"{symbol}-*.xml"))) for name in ("English", language))


def required(present: bool, what: str, install: str) -> None:
    """A tool or library a test needs: the test is skipped where it is missing, and fails under CI=true."""
    if not present:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{what} is required under CI: .ci/run must {install}")
        pytest.skip(f"{what} is not installed: {install}")


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
    return shared("spec", "tmx14.dtd").parent


@pytest.fixture(scope="session")
def untm_tmx(tmp_path_factory) -> Path:
    """The sentence TMX untm writes for A/RES/57/263."""
    from align.job import AlignJob, run_align

    out = tmp_path_factory.mktemp("untm-tmx")
    run_align(AlignJob(FR, EN, out, "20021220T000000Z"))
    return out / "A_RES_57_263.fr-en.tmx"


UDHR = SHARED / "corpus" / "udhr"
UDHR_SYMBOL = "A/RES/217(III)"


def planted_french() -> str:
    """The French text with five defects: OP5 removed, a number, a symbol, a term and a date changed."""
    text = FR.read_text(encoding="utf-8")
    text = text[: text.index(" 5. Recommande")] + text[text.index(" 6. Prie"):]
    return (
        text.replace("3,5 millions", "35 millions")
        .replace("Voir DP/2003/2", "Voir DP/2003/3")
        .replace("et de la coopération triangulaire et, à cet égard", "et de la coopération trilatérale et, à cet égard")
        .replace("19 septembre 20021", "18 septembre 20021")
    )


@pytest.fixture(scope="session")
def udhr():
    shared("corpus", "udhr")

    def load(language: str):
        return read_document(UDHR / f"udhr.{language}.txt", symbol=UDHR_SYMBOL)

    return load
