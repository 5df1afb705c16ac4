"""The job every command does, wired in one place: read -> align -> terms -> QA.

``untm align``, ``qa``, ``terms`` and ``batch`` differ in what they write,
not in what they find: each reads the two versions with ``align_pair`` (or,
in a batch worker, aligns the documents it read itself) and hands the
alignment to ``analyse``, which finds the glossary's terms and runs the QA
checks with them.  So the same pair gives the same findings whichever
command is asked, and a check or a stage added here reaches them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .aligner import align_documents
from .errors import GlossaryLanguagesError, InputError, UntmError
from .glossary import Glossary, read_glossary
from .model import Alignment, Finding, LanguagePair, counted
from .qa.base import Check, QaContext
from .qa.registry import run_checks, select
from .reading import read_document
from .srx import rules_from
from .terms import TermsReport, terms_of_alignment
from .versions import Versions

GLOSSARY_BESIDE = "glossary.tbx"  # the glossary found beside the source text (or in a batch's folder) unasked


@dataclass(frozen=True)
class Reading:
    """How the two versions are read: what the user says of them, where the files do not say it."""

    source_lang: str | None = None
    target_lang: str | None = None
    symbol: str | None = None
    srx: Path | None = None
    fix_languages: bool = False  # a version not in its declared language: read in its own, not refused


@dataclass(frozen=True)
class Review:
    """What an alignment is checked against."""

    glossary: Path | None = None
    tm: Path | None = None  # earlier translations, for the consistency check
    checks: tuple[str, ...] | None = None  # check ids; None: every check; (): none (the terms alone)


@dataclass(frozen=True)
class Analysis:
    """An alignment with what was found in it."""

    alignment: Alignment
    glossary: Glossary | None
    terms: TermsReport | None
    checks: tuple[Check, ...]
    findings: tuple[Finding, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the user should be told of the reading of the glossary (an encoding guessed)."""
        return tuple(getattr(self.glossary, "warnings", ()))


def align_pair(source: Path, target: Path, reading: Reading = Reading()) -> Alignment:
    """Read two language versions and align them.  One of them may be ``-``, standard input."""
    if str(source) == str(target) == "-":
        raise UntmError("both versions are given as -, standard input: give one of them as a file")
    return align_documents(
        read_document(source, reading.source_lang, reading.symbol, reading.fix_languages),
        read_document(target, reading.target_lang, reading.symbol, reading.fix_languages),
        rules_from(reading.srx),
    )


def analyse(alignment: Alignment, review: Review = Review()) -> Analysis:
    """The glossary's terms in the alignment, then every QA check, with the terms and the TM."""
    source, target = alignment.source.language, alignment.target.language
    glossary = glossary_for(review.glossary, source, target) if review.glossary else None
    terms = terms_of_alignment(alignment, glossary) if glossary else None
    tm = _tm(review.tm, source, target) if review.tm else None
    checks = select(review.checks)
    findings = tuple(run_checks(QaContext(alignment, terms, tm), checks))
    return Analysis(alignment, glossary, terms, checks, findings)


def run(source: Path, target: Path, reading: Reading = Reading(), review: Review = Review()) -> Analysis:
    """The whole job on two files."""
    return analyse(align_pair(source, target, reading), review)


def align_versions(source: Path, targets: Sequence[Path], reading: Reading = Reading(),
                   target_langs: Sequence[str | None] = ()) -> Versions:
    """Read several language versions of one document and align each with the first (``versions.py``).

    ``target_langs``: each version's language where its file does not say (``reading.target_lang`` is not
    used).  The same language twice is refused, naming both files, as is a version of another document.
    """
    if sum(str(path) == "-" for path in (source, *targets)) > 1:
        raise UntmError("more than one version is given as -, standard input: give all but one as files")
    languages = tuple(target_langs) or (None,) * len(targets)
    if len(languages) != len(targets):
        raise UntmError(f"{counted(len(languages), 'target language')} given for {len(targets)} versions: give one for each, "
                        "comma-separated, in the order of the versions (--tgt-lang fr,es,ru)")
    original = read_document(source, reading.source_lang, reading.symbol, reading.fix_languages)
    seen = {original.language: original}
    documents = []
    for path, language in zip(targets, languages):
        document = read_document(path, language, reading.symbol, reading.fix_languages)
        if document.language in seen:
            raise InputError(str(path), f"it is in {document.language!r}, as {seen[document.language].path} is",
                             "give each language once")
        seen[document.language] = document
        documents.append(document)
    rules = rules_from(reading.srx)
    return Versions(original, tuple(align_documents(original, document, rules) for document in documents))


def analyse_versions(versions: Versions, review: Review = Review()) -> tuple[tuple[Analysis, ...], tuple[str, ...]]:
    """``analyse`` for each version against the source, and what the user should be told: a glossary that
    has no entry in a version's language gives that version no terms report, with a warning, not an error."""
    analyses, warnings = [], []
    for alignment in versions.alignments:
        try:
            analyses.append(analyse(alignment, review))
        except GlossaryLanguagesError as exc:
            warnings.append(f"{exc}: no terms report for {alignment.source.language}-{alignment.target.language}")
            analyses.append(analyse(alignment, replace(review, glossary=None)))
    return tuple(analyses), tuple(warnings)


def glossary_beside(path: Path | str) -> Path | None:
    """``glossary.tbx`` in the folder of ``path`` (a file, or a batch's folder), if it is there."""
    if str(path) == "-":  # standard input lies beside nothing
        return None
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    candidate = folder / GLOSSARY_BESIDE
    return candidate if candidate.is_file() else None


@lru_cache(maxsize=8)
def _glossary(path: str, modified: int, source: str, target: str) -> Glossary | GlossaryLanguagesError:
    # a glossary without the pair's languages is kept too (as its error): each document of a batch of six
    # languages asks again for each language the glossary lacks
    try:
        return read_glossary(path, source, target)
    except GlossaryLanguagesError as missing:
        return missing.with_traceback(None)  # kept without the frames that read the file (and its bytes)


def glossary_for(path: Path | str, source: str, target: str) -> Glossary:
    """The glossary read once per process for each pair of languages (a batch worker reads it for its first
    document and keeps it), read again when the file changes."""
    try:
        modified = Path(path).stat().st_mtime_ns
    except OSError:
        modified = 0  # read_glossary says what is wrong with it
    found = _glossary(str(path), modified, source, target)
    if isinstance(found, GlossaryLanguagesError):
        # a new error each time: the cached one, raised again, would gather every caller's frames (and the
        # documents they hold) in its traceback
        raise GlossaryLanguagesError(found.path, found.problem, found.fix, found.line)
    return found


def _tm(path: Path, source: str, target: str):
    from tmx.index import load_or_build  # only a run with --tm needs the index (and its imports)

    return load_or_build(path, LanguagePair(source, target))
