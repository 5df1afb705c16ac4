"""Running a batch: the plan, the executor, one writer, the summary, progress."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack, closing
from dataclasses import dataclass, replace
from pathlib import Path

from . import __version__
from .batch import BatchPlan, OutcomeCache, documents, plan, process_document
from .batch_versions import VersionsPlan, plan_versions, process_versions
from .errors import GlossaryLanguagesError, UntmError
from .memory import Doubt
from .model import TmxHeader
from .outputs import OutputSet, SpooledArray, output_directory
from .pipeline import glossary_beside, glossary_for
from .parallel import dask_cluster, process_pool, serial
from tmx.writer import TmxWriter

CACHE = ".untm-batch.sqlite"


@dataclass(frozen=True)
class BatchJob:
    input_dir: Path
    out_dir: Path
    source_lang: str
    target_lang: str
    creation_date: str
    workers: int = 0  # 0: all cores
    srx: Path | None = None
    source_code: str | None = None  # written in the TMX (fr-FR); default: the language
    target_code: str | None = None
    resume: bool = False
    executor: str = "local"  # local | dask
    scheduler: str | None = None
    doubt: Doubt = Doubt()  # links under its confidence go to the review TMX files, not the memory (or are flagged)
    glossary: Path | None = None  # for QA's terminology check; default: glossary.tbx in input_dir, if there
    more_langs: tuple[str, ...] = ()  # further target languages: one TMX of them all (``batch_versions``)

    @property
    def target_langs(self) -> tuple[str, ...]:
        return (self.target_lang, *self.more_langs)


@dataclass(frozen=True)
class BatchResult:
    documents: int
    failed: int
    missing: int
    sentence_tus: int
    paragraph_tus: int
    reused: int
    outputs: tuple[Path, ...]
    review_tus: int = 0  # sentence TUs set apart for review
    review_paragraph_tus: int = 0
    failures: tuple[tuple[str, str], ...] = ()  # (document, why) of each document that failed
    missing_versions: tuple[tuple[str, str], ...] = ()  # (document, why) of each that lacks a version
    incomplete: tuple[tuple[str, str], ...] = ()  # (document, why) of each aligned without some of the languages


class Progress:
    """A bar on a terminal (tqdm: documents, TUs, rate, ETA), plain log lines otherwise (a CI log, a file)."""

    def __init__(self, total: int, stream=None):
        self.total, self.stream = total, stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = time.monotonic()
        self.every = max(1, total // 20)
        self.bar = None
        if self.tty:
            from tqdm import tqdm  # imported only when a bar is shown

            self.bar = tqdm(total=total, desc="batch", unit=" documents", file=self.stream, leave=True,
                            mininterval=0.25, dynamic_ncols=True)

    def update(self, done: int, tus: int) -> None:
        if self.bar is not None:
            self.bar.update(done - self.bar.n)
            self.bar.set_postfix_str(f"{tus} TUs", refresh=False)
            if done == self.total:
                self.bar.close()
            return
        if not (done % self.every == 0 or done == self.total):
            return
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = done / elapsed
        eta = (self.total - done) / rate if rate else 0
        self.stream.write(f"batch: {done}/{self.total} documents, {tus} TUs, {rate:.1f} documents/s, "
                          f"{tus / elapsed:.0f} TU/s, ETA {eta:.0f} s\n")
        self.stream.flush()


def languages_of(input_dir: Path, source: str | None, target: str | None) -> tuple[str, tuple[str, ...]]:
    """The source and target languages of a batch when one or neither is given: a folder whose documents are in
    two languages gives the one not given; a folder in more, given the source alone, gives all the others (one
    TMX of every language); which is the source must be said when it is not given."""
    if not input_dir.is_dir():
        raise UntmError(f"{input_dir}: not a folder; give the folder that holds the documents")
    found = sorted({language for _, _, language in documents(input_dir)})
    given = {source, target} - {None}
    others = [language for language in found if language not in given]
    if len(found) == 2 and len(others) == 1:
        return (source, (others[0],)) if source else (others[0], (target,))
    if source and not target and len(others) > 1:
        return source, tuple(others)
    if len(found) == 2:
        raise UntmError(f"{input_dir}: its documents are in {found[0]} and {found[1]}; say which is the source "
                        f"(--src-lang {found[0]} or --src-lang {found[1]})")
    missing = " and ".join(flag for flag, given in (("--src-lang", source), ("--tgt-lang", target)) if not given)
    raise UntmError(f"{input_dir}: its documents are in {', '.join(found) or 'no language untm can tell'}; give "
                    f"{missing}")


def run_batch(job: BatchJob, progress: Callable[[int], Progress] | None = None) -> BatchResult:
    """``progress`` makes the progress display once the number of documents is known."""
    if job.workers < 0:
        raise UntmError(f"--workers {job.workers}: give a number of processes, or 0 for all cores")
    glossary = job.glossary or glossary_beside(job.input_dir)
    if glossary:  # read once here, so that a bad glossary is one error, not one per document
        _check_glossary(glossary, job)
    if job.more_langs:
        if job.target_code:
            raise UntmError("--tgt-code names one target's code: a batch of several target languages writes "
                            "each as its language")
        batch = plan_versions(job.input_dir, job.source_lang, job.target_langs, job.srx, job.source_code, job.doubt,
                              glossary)
        process = process_versions
    else:
        batch = plan(job.input_dir, job.source_lang, job.target_lang, job.srx, job.source_code, job.target_code,
                     job.doubt, glossary)
        process = process_document
    if not batch.stems and not batch.missing:
        raise UntmError(f"{job.input_dir}: no {job.source_lang} or {'/'.join(job.target_langs)} version of any "
                        f"document (<stem>.{job.source_lang}.txt/.xml/.pdf/.docx, the UN's names, or UNxml's "
                        "language folders); check the folder and the languages")
    output_directory(job.out_dir)
    new_cache = not (job.out_dir / CACHE).exists()
    cache = OutcomeCache(job.out_dir / CACHE)
    done = False
    try:
        result = _run(job, batch, process, cache, progress(len(batch.stems)) if progress else None)
        done = True
    finally:
        # a batch refused before any document was done leaves nothing behind
        forget = not done and new_cache and cache.empty()
        cache.close()
        if forget:
            (job.out_dir / CACHE).unlink(missing_ok=True)
    return result


def _check_glossary(glossary: Path, job: BatchJob) -> None:
    """A glossary unreadable, or with terms in none of the batch's pairs, is one error before any document.
    (In a batch of several languages, a pair it has no terms for goes without the terminology check.)"""
    pairs = [(job.source_lang, target) for target in job.target_langs]
    for number, (source, target) in enumerate(pairs, start=1):
        try:
            glossary_for(glossary, source, target)
            return
        except GlossaryLanguagesError:
            if number == len(pairs):
                raise


def _executor(job: BatchJob):
    if job.executor == "dask":
        if not job.scheduler:
            raise UntmError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        return dask_cluster(job.scheduler)
    workers = job.workers or os.cpu_count() or 1
    return serial if workers == 1 else process_pool(workers)


def _run(job: BatchJob, batch: BatchPlan | VersionsPlan, process, cache: OutcomeCache,
         progress: Progress | None) -> BatchResult:
    # With --resume each task carries the fingerprint of the result the cache holds; the worker reads
    # the files once, and when they are unchanged says so instead of doing the work again.
    tasks = batch.tasks()
    if job.resume:
        tasks = (replace(task, known=cache.fingerprint(task.stem)) for task in tasks)
    results = _executor(job)(process, tasks)

    def header(segtype: str) -> TmxHeader:
        return TmxHeader(srclang=batch.source_code, segtype=segtype, creationdate=job.creation_date,
                         creationtoolversion=__version__)

    reused = 0
    failures: list[tuple[str, str]] = []
    # No input is named like an output (<stem>.<lang>.<ext> against corpus.*.tmx and .json): none to protect.
    with OutputSet(job.out_dir) as outputs, closing(SpooledArray()) as documents, ExitStack() as files:
        # the memory, and what is set apart from it for review (nothing when the doubtful are flagged instead:
        # written all the same, so that none left by an earlier run misleads)
        names = ("", ".paragraphs", ".review", ".paragraphs.review")
        writers = [files.enter_context(TmxWriter(files.enter_context(outputs.open(f"corpus.{batch.name}{name}.tmx")),
                                                 header("paragraph" if "paragraphs" in name else "sentence")))
                   for name in names]
        for done, outcome in enumerate(results, start=1):
            if outcome.unchanged:
                outcome = cache.get(outcome.stem, outcome.fingerprint)
                reused += 1
            else:
                cache.put(outcome)
            if outcome.error is not None:
                failures.append((outcome.stem, outcome.error))
            kinds = (outcome.sentence_tus, outcome.paragraph_tus, outcome.review_tus, outcome.review_paragraph_tus)
            for writer, units in zip(writers, kinds):
                writer.write_serialized(units.data, units.count)
            documents.append(outcome.summary())
            if progress:
                progress.update(done, writers[0].count)
        files.close()  # the TMX files complete before the summary, which counts them
        counts = [writer.count for writer in writers]
        languages = ({"source_lang": job.source_lang, "target_langs": list(job.target_langs)} if job.more_langs
                     else {"source_lang": job.source_lang, "target_lang": job.target_lang})
        outputs.write_json("corpus.summary.json", {
            **languages, "tool": {"name": "untm", "version": __version__},
            "min_confidence": job.doubt.min_confidence, "doubtful": "flagged" if job.doubt.flag else "set apart",
            "glossary": batch.glossary,
            "documents": documents,
            "missing": [{"document": stem, "error": reason} for stem, reason in batch.missing],
            **({"incomplete": [{"document": stem, "error": reason} for stem, reason in batch.incomplete]}
               if job.more_langs else {}),
            "totals": {"documents": len(batch.stems), "failed": len(failures), "missing": len(batch.missing),
                       "reused": reused, "sentence_tus": counts[0], "paragraph_tus": counts[1],
                       "review_tus": counts[2], "review_paragraph_tus": counts[3]},
        })
    return BatchResult(len(batch.stems), len(failures), len(batch.missing), counts[0], counts[1], reused,
                       outputs.paths, counts[2], counts[3], tuple(failures), tuple(batch.missing),
                       tuple(batch.incomplete))
