"""Whole archives: every document of a folder aligned, one combined TMX streamed out.

``INPUT_DIR`` holds the versions of each document, in any form untm reads,
named ``<stem>.<lang>.<ext>`` or as the UN names them, side by side or in
UNxml's language folders; the versions of a document share the stem.  Each pair is handled by ``process_document`` -- a plain
function of a picklable task, so that it runs in the main process, in a pool
of processes (``--workers``) or on a Dask cluster alike -- and the results
come back in document order, whatever finished first: one writer streams
them into the TMX files, so the output is the same bytes for any number of
workers.  A document that fails is reported in the summary and skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .aligner import align_documents
from .errors import UntmError
from .languages import UN_FOLDERS, document_name, profile, tmx_code
from .confidence import signature as confidence_signature
from .memory import Doubt, paragraph_units, sentence_units
from .pipeline import Review, analyse, glossary_for
from .model import Tally, TmxUnit
from .reading import read_data
from .srx import SegmentationRules, rules_from
from .reading.textfile import read_bytes
from tmx.writer import serialize


@dataclass(frozen=True)
class DocumentTask:
    stem: str
    source: str
    target: str
    source_lang: str
    target_lang: str
    srx: str | None = None
    source_code: str | None = None  # written in the TMX (fr-FR), checked by ``plan``; default: the language
    target_code: str | None = None
    # With --resume: the fingerprint of the result the cache holds for the document.
    known: str | None = None
    doubt: Doubt = Doubt()  # links under its confidence go to the review TMX, not the memory (or are flagged)
    glossary: str | None = None  # for the terminology check, as ``untm align`` has it

    @property
    def codes(self) -> tuple[str, str]:
        """The language codes written in the TMX."""
        return self.source_code or self.source_lang, self.target_code or self.target_lang


@dataclass(frozen=True)
class SerializedUnits:
    """TUs serialized as TMX ``<tu>`` elements (``tmx.writer.serialize``), compressed.

    Made in the worker, so that serializing and compressing run in parallel;
    the one writer only inflates and copies, and the resume cache stores the
    compressed bytes as they are.
    """
    packed: bytes = b""
    count: int = 0

    @classmethod
    def of(cls, units: Iterable[TmxUnit]) -> SerializedUnits:
        parts = [serialize(unit) for unit in units]
        return cls(zlib.compress(b"".join(parts), 1), len(parts))

    @property
    def data(self) -> bytes:
        return zlib.decompress(self.packed) if self.packed else b""


@dataclass(frozen=True)
class DocumentOutcome:
    stem: str
    symbol: str = ""
    units: int = 0
    links: int = 0
    lowest_confidence: float | None = None
    qa_errors: int = 0
    error: str | None = None
    sentence_tus: SerializedUnits = SerializedUnits()
    paragraph_tus: SerializedUnits = SerializedUnits()
    review_tus: SerializedUnits = SerializedUnits()  # set apart from the memory, for review
    review_paragraph_tus: SerializedUnits = SerializedUnits()
    fingerprint: str = ""
    unchanged: bool = False  # the files are those of the cached result (``DocumentTask.known``): take it

    def summary(self) -> dict:
        data = {"document": self.stem, "symbol": self.symbol, "units": self.units, "links": self.links,
                "lowest_confidence": self.lowest_confidence, "qa_errors": self.qa_errors,
                "sentence_tus": self.sentence_tus.count, "paragraph_tus": self.paragraph_tus.count,
                "review_tus": self.review_tus.count, "review_paragraph_tus": self.review_paragraph_tus.count}
        return {"document": self.stem, "error": self.error} if self.error else data


@dataclass(frozen=True)
class BatchPlan:
    """The documents of a folder: their stems and the two files of each, as names
    relative to the folder, so that a plan of an archive of a hundred thousand
    documents stays small; tasks are made as they go."""

    input_dir: Path
    source_lang: str
    target_lang: str
    srx: str | None
    stems: tuple[str, ...]  # the documents with both versions, in order
    missing: tuple[tuple[str, str], ...] = field(default=())  # (stem, reason)
    source_code: str = ""  # written in the TMX: as given (fr-FR), else the language
    target_code: str = ""
    files: tuple[tuple[str, str], ...] = ()  # per stem: the source and the target file, relative to input_dir
    doubt: Doubt = Doubt()
    glossary: str | None = None
    incomplete: tuple[tuple[str, str], ...] = ()  # a pair is complete or missing: none is ever here

    @property
    def name(self) -> str:
        """What the batch's files are called after: ``fr-en``."""
        return f"{self.source_lang}-{self.target_lang}"

    def task(self, stem: str) -> DocumentTask:
        return self._task(stem, self.files[self.stems.index(stem)])

    def _task(self, stem: str, files: tuple[str, str]) -> DocumentTask:
        source, target = (str(self.input_dir / name) for name in files)
        return DocumentTask(stem, source, target, self.source_lang, self.target_lang, self.srx,
                            self.source_code, self.target_code, doubt=self.doubt, glossary=self.glossary)

    def tasks(self) -> Iterator[DocumentTask]:
        return map(self._task, self.stems, self.files)


def plan(input_dir: Path, source_lang: str, target_lang: str, srx: Path | None = None,
         source_code: str | None = None, target_code: str | None = None, doubt: Doubt = Doubt(),
         glossary: Path | None = None) -> BatchPlan:
    """The document pairs of a folder, in stem order, and the stems that lack a version.

    The folder holds ``<stem>.<lang>.<ext>`` files of any form untm reads
    (``A_RES_57_263.fr.txt``, ``A_RES_79_236.fr.pdf``) or the UN's own names
    (``A_RES_79_236-2424614F.xml``), or is laid out as the UNxml repositories
    are: one folder per language (``79session/French/...``).  Impossible
    arguments (an unknown language, a code that is not one for its language)
    stop the batch here, not every document.
    """
    if not input_dir.is_dir():
        raise UntmError(f"{input_dir}: not a folder; give the folder that holds the documents "
                        "(<stem>.<lang>.txt, .xml, .pdf, .docx files, or UNxml's English/, French/... folders)")
    for language in (source_lang, target_lang):
        profile(language)
    codes = tmx_code(source_code, source_lang), tmx_code(target_code, target_lang)
    if source_lang == target_lang:
        raise UntmError(f"the source and target languages are both {source_lang!r}; give two different languages")
    found = versions_of(input_dir, (source_lang, target_lang))
    stems, files, missing = [], [], []
    for stem in sorted(found):
        versions = found[stem]
        if several := several_versions((source_lang, target_lang), versions):
            missing.append((stem, several))
        elif versions[0] and versions[1]:
            stems.append(stem)
            files.append((versions[0][0], versions[1][0]))
        else:
            lacking = target_lang if versions[0] else source_lang
            missing.append((stem, f"no {lacking} version ({stem}.{lacking}.*)"))
    return BatchPlan(input_dir, source_lang, target_lang, str(srx) if srx else None, tuple(stems), tuple(missing),
                     *codes, files=tuple(files), doubt=doubt, glossary=str(glossary) if glossary else None)


def versions_of(input_dir: Path, languages: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Per stem, the files of each of ``languages``, in their order: names, not Path objects (a folder may hold
    200,000 files)."""
    found: dict[str, list[list[str]]] = {}
    slot = {language: k for k, language in enumerate(languages)}
    for relative, stem, language in documents(input_dir):
        if language in slot:
            found.setdefault(stem, [[] for _ in languages])[slot[language]].append(relative)
    return found


def several_versions(languages: tuple[str, ...], versions: list[list[str]]) -> str | None:
    """Why a document is left out when it has several versions in one language (which one is the version? not
    untm's guess to make), or ``None``."""
    for language, names in zip(languages, versions):
        if len(names) > 1:
            return f"several {language} versions ({', '.join(sorted(names))}): keep one"
    return None


def documents(input_dir: Path) -> Iterator[tuple[str, str, str]]:
    """(name relative to the folder, stem, language) of every document file in it, and in UNxml's language folders."""
    with os.scandir(input_dir) as entries:
        for entry in entries:
            if entry.is_dir() and entry.name in UN_FOLDERS:
                yield from _folder(Path(entry.path), entry.name + "/")
            elif entry.is_file() and (named := document_name(entry.name)):
                yield entry.name, *named


def _folder(folder: Path, prefix: str) -> Iterator[tuple[str, str, str]]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file() and (named := document_name(entry.name)):
                yield prefix + entry.name, *named


@lru_cache(maxsize=8)
def _rules(srx: str | None) -> SegmentationRules:
    return rules_from(srx)


# What the reading and aligning of a document are: a result cached by another is not reused.
RESULTS = "pipeline-1"


def _fingerprint(task: DocumentTask, source: bytes, target: bytes) -> str:
    """What a cached result depends on: the way results are made (and the confidence's weights and
    lexicons), both files' bytes, the rules, the languages, their codes and the confidence under which
    links are set apart."""
    digest = hashlib.sha256(f"{RESULTS} {confidence_signature()}".encode())
    digest.update(source)
    digest.update(target)
    digest.update(_rules(task.srx).sha256.encode())
    digest.update(f"{task.source_lang}-{task.target_lang} {'-'.join(task.codes)} {task.doubt}".encode())
    if task.glossary:  # its terms change what QA finds
        digest.update(glossary_for(task.glossary, task.source_lang, task.target_lang).sha256.encode())
    return digest.hexdigest()


def guarded(stem: str, work: Callable[[], DocumentOutcome]) -> DocumentOutcome:
    """A document's outcome, or, for a user error or a bug met anywhere in its work (reading, aligning, QA,
    making its TUs), one that says so: a bad document must not stop an archive."""
    try:
        return work()
    except (UntmError, OSError) as exc:
        return DocumentOutcome(stem, error=str(exc))
    except Exception as exc:
        return DocumentOutcome(stem, error=f"internal error ({type(exc).__name__}: {exc}); please report it")


def process_document(task: DocumentTask) -> DocumentOutcome:
    """Align one document pair; a user error becomes the outcome's ``error``.

    Each file is read once: the bytes parsed are the bytes fingerprinted.
    When they are those of the result the cache holds (``task.known``), the
    outcome only says so, and the work is not done again.
    """
    return guarded(task.stem, lambda: _process(task))


def _process(task: DocumentTask) -> DocumentOutcome:
    rules = _rules(task.srx)
    data = read_bytes(task.source), read_bytes(task.target)
    fingerprint = _fingerprint(task, *data)
    if fingerprint == task.known:
        return DocumentOutcome(task.stem, fingerprint=fingerprint, unchanged=True)
    source = read_data(data[0], task.source, task.source_lang)
    target = read_data(data[1], task.target, task.target_lang)
    alignment = align_documents(source, target, rules)
    findings = analyse(alignment, Review(glossary=task.glossary)).findings
    links = [link for pair in alignment.pairs for link in pair.links]

    def units(make, review: bool) -> SerializedUnits:
        return SerializedUnits.of(make(alignment, *task.codes, task.doubt, review, document=task.stem))

    return DocumentOutcome(
        stem=task.stem,
        symbol=source.symbol,
        units=len(alignment.pairs),
        links=len(links),
        lowest_confidence=min((link.confidence for link in links), default=None),
        qa_errors=Tally.of(findings).errors,
        sentence_tus=units(sentence_units, False),
        paragraph_tus=units(paragraph_units, False),
        review_tus=units(sentence_units, True),
        review_paragraph_tus=units(paragraph_units, True),
        fingerprint=fingerprint,
    )


# -- the cache that --resume reads ---------------------------------------------------

class OutcomeCache:
    """Results of documents already done, in one SQLite file beside the outputs, keyed by fingerprint."""

    COMMIT_EVERY = 100  # so that a run stopped half-way can be resumed from what it did
    _FIELDS = ("stem", "symbol", "units", "links", "lowest_confidence", "qa_errors", "fingerprint")

    _UNITS = ("sentence_tus", "paragraph_tus", "review_tus", "review_paragraph_tus")

    def __init__(self, path: Path):
        self.db = sqlite3.connect(str(path))
        columns = ", ".join(f"{name} BLOB, {name}_count INTEGER" for name in self._UNITS)
        self.db.execute(f"CREATE TABLE IF NOT EXISTS outcome(stem TEXT PRIMARY KEY, fingerprint TEXT, fields TEXT, "
                        f"{columns})")
        self.pending = 0

    def fingerprint(self, stem: str) -> str | None:
        """The fingerprint of the result kept for ``stem``, if any."""
        row = self.db.execute("SELECT fingerprint FROM outcome WHERE stem = ?", (stem,)).fetchone()
        return row[0] if row else None

    def get(self, stem: str, expected: str) -> DocumentOutcome:
        """The result kept for ``stem``; a worker found its files unchanged (``expected``), so it is there."""
        columns = ", ".join(f"{name}, {name}_count" for name in self._UNITS)
        row = self.db.execute(f"SELECT fingerprint, fields, {columns} FROM outcome WHERE stem = ?",
                              (stem,)).fetchone()
        if row is None or row[0] != expected:
            raise LookupError(f"{stem}: the batch cache lost the result it held during the run")
        units = {name: SerializedUnits(row[2 + 2 * k], row[3 + 2 * k]) for k, name in enumerate(self._UNITS)}
        return DocumentOutcome(**json.loads(row[1]), **units)

    def put(self, outcome: DocumentOutcome) -> None:
        if outcome.error:
            return
        fields = json.dumps({name: getattr(outcome, name) for name in self._FIELDS}, ensure_ascii=False)
        units = [value for name in self._UNITS for value in (getattr(outcome, name).packed, getattr(outcome, name).count)]
        marks = ", ".join("?" * (3 + len(units)))
        self.db.execute(f"INSERT OR REPLACE INTO outcome VALUES ({marks})", (outcome.stem, outcome.fingerprint, fields,
                                                                            *units))
        self.pending += 1
        if self.pending >= self.COMMIT_EVERY:
            self.db.commit()
            self.pending = 0

    def empty(self) -> bool:
        """Whether no result is kept."""
        return self.db.execute("SELECT COUNT(*) FROM outcome").fetchone()[0] == 0

    def close(self) -> None:
        self.db.commit()
        self.db.close()
