"""Exporting a TM: TSV with the props as columns, XLIFF 1.2, Moses parallel text."""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from translate.storage.xliff import xlifffile

from align.model import LanguagePair
from .reader import TmxReader


class ExportFormat(enum.Enum):
    TSV = "tsv"
    XLIFF = "xliff"
    MOSES = "moses"


def export_tsv(path: Path, stream: BinaryIO, languages: LanguagePair) -> int:
    """One row per TU: source, target, tuid, then one column per prop type.

    The file is read twice (streaming): first to learn which prop types occur.
    """
    prop_types = sorted({key for pair in TmxReader(path).pairs(languages.source, languages.target) for key, _ in pair.unit.props})
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    writer = csv.writer(text, dialect="excel-tab", lineterminator="\n")
    reader = TmxReader(path)
    rows = 0
    for pair in reader.pairs(languages.source, languages.target):
        if rows == 0:
            writer.writerow([pair.source.lang, pair.target.lang, "tuid", *prop_types])
        props = dict(pair.unit.props)
        writer.writerow([pair.source.text, pair.target.text, pair.unit.tuid or "", *(props.get(t, "") for t in prop_types)])
        rows += 1
    text.flush()
    text.detach()
    return rows


def export_xliff(path: Path, stream: BinaryIO, languages: LanguagePair) -> int:
    """XLIFF 1.2 through translate-toolkit (which builds the file in memory)."""
    reader = TmxReader(path)
    store = None
    rows = 0
    for pair in reader.pairs(languages.source, languages.target):
        if store is None:
            store = xlifffile(sourcelanguage=pair.source.lang, targetlanguage=pair.target.lang)
        unit = store.addsourceunit(pair.source.text)
        unit.target = pair.target.text
        if pair.unit.tuid:
            unit.setid(pair.unit.tuid)
        for key, value in pair.unit.props:
            unit.addnote(f"{key}: {value}", origin="developer")
        rows += 1
    stream.write(bytes(store if store is not None else xlifffile()))
    return rows


def export_moses(path: Path, source_stream: BinaryIO, target_stream: BinaryIO, languages: LanguagePair) -> int:
    """Two line-aligned files; a line break inside a segment becomes a space."""
    rows = 0
    for pair in TmxReader(path).pairs(languages.source, languages.target):
        source_stream.write(_line(pair.source.text))
        target_stream.write(_line(pair.target.text))
        rows += 1
    return rows


def pair_languages(path: Path, languages: LanguagePair) -> tuple[str, str]:
    """The language codes of the first pair read (to name Moses files)."""
    for pair in TmxReader(path).pairs(languages.source, languages.target):
        return pair.source.lang.lower(), pair.target.lang.lower()
    return (languages.source or "source").lower(), (languages.target or "target").lower()


def _line(text: str) -> bytes:
    return (" ".join(text.split()) + "\n").encode("utf-8")


SINGLE_FILE: dict[ExportFormat, Callable[[Path, BinaryIO, LanguagePair], int]] = {
    ExportFormat.TSV: export_tsv,
    ExportFormat.XLIFF: export_xliff,
}
