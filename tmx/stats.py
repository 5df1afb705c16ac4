"""What a TM holds: TUs, languages, documents, segment lengths, duplicates, conflicts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .merge import Duplicates, targets_of, units_read
from .reader import TmxReader
from .units import LanguagePair

# Source segment length in words, in the bands CAT tools report.
LENGTH_BANDS = ((1, 5), (6, 10), (11, 20), (21, 50), (51, None))


def band_name(low: int, high: int | None) -> str:
    return f"{low}+" if high is None else f"{low}-{high}"


@dataclass(frozen=True)
class TmStats:
    path: str
    version: str
    srclang: str
    creationtool: str
    tus: int
    pairs: int
    languages: dict[str, int]
    documents: dict[str, int]
    lengths: dict[str, int]
    duplicates: int
    conflicting_sources: int
    skipped: dict[str, str]

    def as_json(self) -> dict:
        return dict(self.__dict__)

    def as_text(self) -> str:
        lines = [
            f"{self.path}: TMX {self.version}, source {self.srclang or '?'}, made by {self.creationtool or '?'}",
            f"TUs: {self.tus}   pairs read: {self.pairs}   duplicates: {self.duplicates}   "
            f"conflicting sources: {self.conflicting_sources}",
            "languages: " + ", ".join(f"{lang} {n}" for lang, n in sorted(self.languages.items())),
            "documents: " + (", ".join(f"{doc} {n}" for doc, n in sorted(self.documents.items())) or "none named"),
            "source length (words): " + ", ".join(f"{band} {n}" for band, n in self.lengths.items()),
        ]
        lines += [f"skipped: {reason}: {n}" for reason, n in self.skipped.items()]
        return "\n".join(lines)


def tm_stats(path: Path, languages: LanguagePair = LanguagePair(),
             progress: Callable[[int], object] | None = None) -> TmStats:
    reader = TmxReader(path, progress)
    langs: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    lengths: Counter[str] = Counter({band_name(lo, hi): 0 for lo, hi in LENGTH_BANDS})
    duplicates = Duplicates()
    pairs = 0

    for pair in units_read(reader, languages):
        pairs += 1
        unit = pair.unit
        langs.update(v.lang for v in unit.variants)
        document = unit.prop("x-document")
        if document:
            documents[document] += 1
        words = max(len(pair.source.text.split()), 1)
        for low, high in LENGTH_BANDS:
            if words >= low and (high is None or words <= high):
                lengths[band_name(low, high)] += 1
                break
        duplicates.add(pair.source.text, targets_of(pair, languages))
    info = reader.info
    return TmStats(
        path=str(path),
        version=info.version,
        srclang=info.srclang,
        creationtool=info.creationtool,
        tus=reader.units_read,
        pairs=pairs,
        languages=dict(langs),
        documents=dict(documents),
        lengths=dict(lengths),
        duplicates=duplicates.duplicates,
        conflicting_sources=len(duplicates.conflicting),
        skipped=reader.skip_report(),
    )
