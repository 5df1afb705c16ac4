"""A batch of three languages or more: each document's versions aligned with its source, one TMX of every
language for the folder.

The multilingual counterpart of ``batch.plan`` and ``batch.process_document``: a plan of the folder's
documents with the file of each language, and a worker function that reads a document's versions once,
aligns each with the source as ``untm align`` does for several versions (``versions.py``), runs QA on each
pair and returns the serialized TUs; ``batch_run`` streams them out as it does for a pair.  A document that
lacks some of the languages is aligned with those it has and listed; one whose versions cannot all be
aligned (a file of another document among them) fails as a whole, naming the version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .aligner import align_documents
from .batch import RESULTS, DocumentOutcome, SerializedUnits, _rules, guarded, several_versions, versions_of
from .confidence import signature as confidence_signature
from .errors import GlossaryLanguagesError, UntmError
from .languages import profile, tmx_code
from .memory import Doubt, version_units
from .model import Tally
from .pipeline import Review, analyse_versions, glossary_for
from .reading import read_data
from .reading.textfile import read_bytes
from .versions import Versions, paragraph_spans, sentence_spans


@dataclass(frozen=True)
class VersionsTask:
    stem: str
    source: str
    source_lang: str
    targets: tuple[tuple[str, str], ...]  # (file, language) of each version the document has, in the batch's order
    codes: tuple[str, ...]  # the TMX codes: the source's, then each of ``targets``'
    srx: str | None = None
    known: str | None = None  # with --resume: the fingerprint of the result the cache holds
    doubt: Doubt = Doubt()
    glossary: str | None = None


@dataclass(frozen=True)
class VersionsPlan:
    """The documents of a folder with their source and the versions of ``target_langs`` each has."""

    input_dir: Path
    source_lang: str
    target_langs: tuple[str, ...]
    codes: tuple[str, ...]  # the TMX codes of the source and of each target language
    stems: tuple[str, ...]
    files: tuple[tuple[str, tuple[str | None, ...]], ...]  # per stem: the source file, each target's or None
    missing: tuple[tuple[str, str], ...] = ()  # (stem, reason): no source, or no target at all: not aligned
    incomplete: tuple[tuple[str, str], ...] = ()  # (stem, reason): aligned without some languages
    srx: str | None = None
    doubt: Doubt = Doubt()
    glossary: str | None = None

    @property
    def source_code(self) -> str:
        return self.codes[0]

    @property
    def name(self) -> str:
        """What the batch's files are called after: ``en-ar-es-fr-ru-zh``."""
        return "-".join((self.source_lang, *self.target_langs))

    def tasks(self) -> Iterator[VersionsTask]:
        for stem, (source, targets) in zip(self.stems, self.files):
            have = [(str(self.input_dir / name), lang, code)
                    for name, lang, code in zip(targets, self.target_langs, self.codes[1:]) if name]
            yield VersionsTask(stem, str(self.input_dir / source), self.source_lang,
                               tuple((path, lang) for path, lang, _ in have),
                               (self.codes[0], *(code for _, _, code in have)), self.srx, doubt=self.doubt,
                               glossary=self.glossary)


def plan_versions(input_dir: Path, source_lang: str, target_langs: tuple[str, ...], srx: Path | None = None,
                  source_code: str | None = None, doubt: Doubt = Doubt(), glossary: Path | None = None) -> VersionsPlan:
    """The documents of a folder (named and laid out as ``batch.plan`` reads them) in stem order, each with
    its version in every language of ``target_langs`` it has."""
    if not input_dir.is_dir():
        raise UntmError(f"{input_dir}: not a folder; give the folder that holds the documents")
    languages = (source_lang, *target_langs)
    for language in languages:
        profile(language)
    if len(set(languages)) != len(languages):
        raise UntmError(f"--langs {','.join(languages)}: a language is given twice; give each once")
    found = versions_of(input_dir, languages)
    stems, files, missing, incomplete = [], [], [], []
    for stem in sorted(found):
        versions = found[stem]
        if several := several_versions(languages, versions):
            missing.append((stem, several))
            continue
        if not versions[0] or not any(versions[1:]):
            lacking = source_lang if not versions[0] else " or ".join(target_langs)
            missing.append((stem, f"no {lacking} version"))
            continue
        lacking = [lang for lang, names in zip(target_langs, versions[1:]) if not names]
        if lacking:
            incomplete.append((stem, f"no {', '.join(lacking)} version: aligned without"))
        stems.append(stem)
        files.append((versions[0][0], tuple(names[0] if names else None for names in versions[1:])))
    codes = (tmx_code(source_code, source_lang), *target_langs)
    return VersionsPlan(input_dir, source_lang, tuple(target_langs), codes, tuple(stems), tuple(files),
                        tuple(missing), tuple(incomplete), str(srx) if srx else None, doubt,
                        str(glossary) if glossary else None)


def _fingerprint(task: VersionsTask, data: list[bytes]) -> str:
    digest = hashlib.sha256(f"{RESULTS} versions {confidence_signature()}".encode())
    for part in data:
        digest.update(hashlib.sha256(part).digest())
    digest.update(_rules(task.srx).sha256.encode())
    digest.update(f"{task.source_lang} {[lang for _, lang in task.targets]} {task.codes} {task.doubt}".encode())
    if task.glossary:
        for _, language in task.targets:
            try:
                digest.update(glossary_for(task.glossary, task.source_lang, language).sha256.encode())
            except GlossaryLanguagesError:
                digest.update(b"no terms")
    return digest.hexdigest()


def process_versions(task: VersionsTask) -> DocumentOutcome:
    """Align one document's versions with its source; a user error becomes the outcome's ``error``."""
    return guarded(task.stem, lambda: _process(task))


def _process(task: VersionsTask) -> DocumentOutcome:
    rules = _rules(task.srx)
    data = [read_bytes(task.source), *(read_bytes(path) for path, _ in task.targets)]
    fingerprint = _fingerprint(task, data)
    if fingerprint == task.known:
        return DocumentOutcome(task.stem, fingerprint=fingerprint, unchanged=True)
    source = read_data(data[0], task.source, task.source_lang)
    alignments = tuple(align_documents(source, read_data(part, path, language), rules)
                       for part, (path, language) in zip(data[1:], task.targets))
    versions = Versions(source, alignments)
    analyses, _ = analyse_versions(versions, Review(glossary=task.glossary))
    links = [link for alignment in alignments for pair in alignment.pairs for link in pair.links]

    sentences, paragraphs = tuple(sentence_spans(versions)), tuple(paragraph_spans(versions))  # once for both files

    def units(spans, review: bool) -> SerializedUnits:
        return SerializedUnits.of(version_units(versions, spans, task.codes, task.doubt, review, document=task.stem))

    return DocumentOutcome(
        stem=task.stem, symbol=source.symbol, units=len(source.units), links=len(links),
        lowest_confidence=min((link.confidence for link in links), default=None),
        qa_errors=sum(Tally.of(analysis.findings).errors for analysis in analyses),
        sentence_tus=units(sentences, False), paragraph_tus=units(paragraphs, False),
        review_tus=units(sentences, True), review_paragraph_tus=units(paragraphs, True),
        fingerprint=fingerprint,
    )
