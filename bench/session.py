"""The resolutions of a UNxml session folder, English against each other language, aligned.

Shared by the benches that measure the aligner on real translations (the
UN's own Akoma Ntoso files, UNxml/GAresolutions, DGACM: source, United
Nations).  Each English version is read once; a pair that cannot be
aligned is passed over (``session_pairs.py`` counts those).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.aligner import align_documents  # noqa: E402
from align.batch import plan  # noqa: E402
from align.errors import UntmError  # noqa: E402
from align.model import Alignment  # noqa: E402
from align.reading import read_document  # noqa: E402
from align.srx import default_rules  # noqa: E402

LANGUAGES = ("ar", "es", "fr", "ru", "zh")


def aligned(folder: Path, limit: int | None = None) -> Iterator[tuple[str, int, str, Alignment]]:
    """(language, number within the language, document stem, alignment), language by language."""
    rules = default_rules()
    english: dict[str, object] = {}
    for lang in LANGUAGES:
        for number, task in enumerate(list(plan(folder, "en", lang).tasks())[:limit]):
            try:
                if task.stem not in english:
                    english[task.stem] = read_document(task.source)
                alignment = align_documents(english[task.stem], read_document(task.target), rules)
            except UntmError:
                continue
            yield lang, number, task.stem, alignment
